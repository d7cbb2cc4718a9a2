// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kring {

// Text written for people in several languages; Dutch is always there and is the fallback.
struct LocalizedText {
    QString nl;
    QString en;
    QString fr;

    [[nodiscard]] bool isEmpty() const { return nl.isEmpty(); }
    // The text in `language` (ISO 639-1), or the Dutch text when there is none.
    [[nodiscard]] QString in(QStringView language) const;

    bool operator==(const LocalizedText &) const = default;
};

} // namespace kring
