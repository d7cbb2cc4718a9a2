// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory.h"
#include "result.h"

#include <QStringList>
#include <QUrl>

namespace kring::ContactLinks {

// A phone number as E.164 ("+31401234567") with an optional extension, read as people write it:
// "040 123 4567" in the group's `country` (ISO 3166 alpha-2), "+31 (0)40 123 45 67", "0031 40 …",
// "+32 3 000 00 12 toestel 4". An error says what is wrong in plain words.
struct Phone {
    QString number;    // E.164: '+', country code, subscriber number, at most 15 digits
    QString extension; // digits, empty when none
};
[[nodiscard]] Result<Phone> parsePhone(const QString &text, const QString &country);

// A mail address with one '@', a dotted domain and nothing a mailto: link could read as a header, a second
// recipient or a query ('?', '&', ',', ';', spaces, '<', '>', '"', '%').
[[nodiscard]] Status checkMail(const QString &address);

// "tel:+31401234567" or "tel:+31401234567;ext=4" (RFC 3966); empty when the number is not usable.
[[nodiscard]] QUrl telUrl(const QString &phone, const QString &country);
// "mailto:" with the address percent-encoded; empty when the address is not usable.
[[nodiscard]] QUrl mailUrl(const QString &address);

// The country a group's local phone numbers belong to: that of its first venue, else of its meetings'
// time zone (Europe/Amsterdam: NL, Europe/Brussels: BE); empty when neither says.
[[nodiscard]] QString countryOf(const Group &group, const Directory &directory);

// One line per group contact (phone or mail) that is not usable, naming the group: what `build` refuses.
[[nodiscard]] QStringList problems(const Directory &directory);

} // namespace kring::ContactLinks
