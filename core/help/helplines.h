// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/localizedtext.h"
#include "result.h"

#include <QList>
#include <QLocale>
#include <QUrl>

namespace kring {

// A phone line people can call when they are not safe or need someone to talk to now (help-lines.json).
struct HelpLine {
    QString country;    // ISO 3166 alpha-2: "NL", "BE"
    QString number;     // as people read it: "113", "088 0767 000"
    QString alsoNumber; // another number for the same line: "0800-0113"; may be empty
    QString chat;       // where to chat instead: "113.nl"; may be empty
    LocalizedText name; // "113 Zelfmoordpreventie"
    LocalizedText what; // what it is for: "Praten over zelfmoordgedachten"
    LocalizedText when; // "dag en nacht, gratis en anoniem"
    bool emergency = false;

    // tel:113: the number with only its digits and a leading +, for the phone app.
    [[nodiscard]] QUrl callUrl() const;

    bool operator==(const HelpLine &) const = default;
};

// A tel: address for `number` as people write it ("0800-0113", "+31 40 000 00 00"); empty when it has no
// digits.
[[nodiscard]] QUrl telUrl(QStringView number);

// A mailto: address for `address` with a subject and body, every part percent-encoded (spaces, accents, "&",
// line breaks), so the mail app shows the text as written; empty when `address` is not an e-mail address.
[[nodiscard]] QUrl mailtoUrl(const QString &address, const QString &subject, const QString &body = QString());

// The help lines Kring knows, per country. They ship with the app so they show without a network; the
// network's staff check them before each release.
class HelpLines
{
public:
    // Reads a kring-help-lines/1 document; refuses one with a missing field or an unknown country.
    [[nodiscard]] static Result<HelpLines> parse(const QByteArray &json);
    // The bundled list (:/kring/help/help-lines.json), read once.
    [[nodiscard]] static const HelpLines &bundled();

    // The lines of `country` in the order listed (listening lines first, the emergency number last); those of
    // the Netherlands for a country Kring has no lines for.
    [[nodiscard]] QList<HelpLine> forCountry(QStringView country) const;
    [[nodiscard]] const QList<HelpLine> &all() const { return m_lines; }

    // The country whose lines to show: the country of the place the person chose, else the region of their
    // language setting ("nl_BE" is Belgium), else the Netherlands.
    [[nodiscard]] static QString countryFor(const QString &placeCountry, const QLocale &locale);

private:
    QList<HelpLine> m_lines;
};

} // namespace kring
