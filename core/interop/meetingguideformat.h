// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the Meeting Guide import and export share; private to core/interop.

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QTime>

#include <optional>

namespace kring::MeetingGuide {

[[nodiscard]] const QHash<QString, QString> &languageToType();

[[nodiscard]] QString languageOfType(const QString &type);
[[nodiscard]] QString countryCode(const QString &text);
[[nodiscard]] QString countryName(const QString &code);

// "NL" or "BE" for the zones of those countries; empty for any other zone.
[[nodiscard]] QString countryOfZone(const QString &zone);

// A string or a number as text (slugs and coordinates come as either).
[[nodiscard]] QString textOf(const QJsonValue &value);
[[nodiscard]] std::optional<double> numberOf(const QJsonValue &value);
// "19:30" or "19:30:00".
[[nodiscard]] std::optional<QTime> timeOf(const QString &text);

struct Address {
    QString street;
    QString postcode;
    QString town;
    QString country;
};

// "Emmasingel 22, 5611 AZ Eindhoven, Netherlands" or "Bondgenotenlaan 1, 3000 Leuven, België".
[[nodiscard]] Address parseFormattedAddress(const QString &text);

} // namespace kring::MeetingGuide
