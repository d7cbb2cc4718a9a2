// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactlinks.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kring::ContactLinks {
namespace {

// Country calling codes of the countries the networks and their neighbours are in. All use the trunk
// prefix 0 for national numbers ("040 …" is "+31 40 …"), except LU, which has none.
const QHash<QString, QString> &callingCodes()
{
    static const QHash<QString, QString> codes{
        {u"NL"_s, u"31"_s},  {u"BE"_s, u"32"_s}, {u"DE"_s, u"49"_s}, {u"FR"_s, u"33"_s},
        {u"LU"_s, u"352"_s}, {u"GB"_s, u"44"_s}, {u"US"_s, u"1"_s},  {u"CA"_s, u"1"_s},
    };
    return codes;
}

} // namespace

Result<Phone> parsePhone(const QString &text, const QString &country)
{
    QString rest = text.trimmed();
    Phone phone;
    // An extension: "x 12", "ext. 12", "toestel 12", "tst. 12", "poste 12", or RFC 3966 ";ext=12".
    static const QRegularExpression extension(
        u"\\s*(?:;\\s*ext=|\\b(?:ext|x|toestel|tst|poste|durchwahl)\\.?\\s*:?\\s*)(\\d{1,6})\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = extension.match(rest); match.hasMatch()) {
        phone.extension = match.captured(1);
        rest.truncate(match.capturedStart());
    }
    static const QRegularExpression allowed(u"^[+0-9 ()./-]*$"_s);
    if (!allowed.match(rest).hasMatch())
        return Error{
            QCoreApplication::translate(
                "ContactLinks", "\"%1\" is not a phone number: only digits, spaces, + ( ) - . / are allowed")
                .arg(text)};
    // "+31 (0)40 …": the trunk prefix written in brackets after the country code is not dialled.
    static const QRegularExpression trunkInBrackets(u"^\\+\\s*(\\d{1,3})\\s*\\(0\\)"_s);
    rest.replace(trunkInBrackets, u"+\\1"_s);
    QString digits;
    for (const QChar c : rest) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.isEmpty())
        return Error{QCoreApplication::translate("ContactLinks", "\"%1\" holds no phone number").arg(text)};
    const bool plus = rest.startsWith(u'+');
    if (rest.indexOf(u'+', 1) > 0)
        return Error{
            QCoreApplication::translate("ContactLinks", "\"%1\" is not a phone number: a + only at the start")
                .arg(text)};
    if (plus) {
        phone.number = u'+' + digits;
    } else if (digits.startsWith(u"00"_s)) {
        phone.number = u'+' + digits.mid(2);
    } else {
        const QString code = callingCodes().value(country.toUpper());
        if (code.isEmpty())
            return Error{
                QCoreApplication::translate(
                    "ContactLinks", "\"%1\": write the number with its country code, such as +31 40 123 4567")
                    .arg(text)};
        if (country.toUpper() == u"LU")
            phone.number = u'+' + code + digits;
        else if (digits.startsWith(u'0'))
            phone.number = u'+' + code + digits.mid(1);
        else
            return Error{
                QCoreApplication::translate(
                    "ContactLinks",
                    "\"%1\": a number in the country starts with 0 (040 …) or with its country code (+31 …)")
                    .arg(text)};
    }
    // E.164: a country code that does not start with 0, at most 15 digits; 8 is the shortest in use here.
    const qsizetype length = phone.number.size() - 1;
    if (phone.number.at(1) == u'0' || length < 8 || length > 15)
        return Error{
            QCoreApplication::translate(
                "ContactLinks", "\"%1\" is not a complete phone number (%2 digits with the country code)")
                .arg(text)
                .arg(length)};
    return phone;
}

Status checkMail(const QString &address)
{
    static const QRegularExpression pattern(
        u"^[A-Za-z0-9!#$'*+/=^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"_s);
    if (!pattern.match(address).hasMatch())
        return Error{QCoreApplication::translate(
                         "ContactLinks",
                         "\"%1\" is not one mail address (name@example.org, without spaces, ? , ; or <>)")
                         .arg(address)};
    return Done{};
}

QUrl telUrl(const QString &phone, const QString &country)
{
    const auto parsed = parsePhone(phone, country);
    if (!parsed)
        return {};
    QString uri = u"tel:"_s + parsed.value().number;
    if (!parsed.value().extension.isEmpty())
        uri += u";ext="_s + parsed.value().extension;
    return QUrl(uri, QUrl::StrictMode);
}

QUrl mailUrl(const QString &address)
{
    if (!checkMail(address))
        return {};
    // Percent-encode all but the characters an address needs, so nothing in it can become a header.
    return QUrl::fromEncoded("mailto:" + QUrl::toPercentEncoding(address, "@.-_+"), QUrl::StrictMode);
}

QString countryOf(const Group &group, const Directory &directory)
{
    for (const Meeting &meeting : group.meetings) {
        if (const Venue *venue = meeting.hasVenue() ? directory.venue(meeting.venueId) : nullptr;
            venue && !venue->country.isEmpty())
            return venue->country;
    }
    for (const Meeting &meeting : group.meetings) {
        if (meeting.timeZone == u"Europe/Amsterdam")
            return u"NL"_s;
        if (meeting.timeZone == u"Europe/Brussels")
            return u"BE"_s;
    }
    return {};
}

QStringList problems(const Directory &directory)
{
    QStringList lines;
    for (const Group &group : directory.groups()) {
        if (!group.contact.phone.isEmpty()) {
            if (const auto phone = parsePhone(group.contact.phone, countryOf(group, directory)); !phone)
                lines.append(QCoreApplication::translate("ContactLinks", "group %1: contact phone %2")
                                 .arg(group.id, phone.error()));
        }
        if (!group.contact.email.isEmpty()) {
            if (const auto mail = checkMail(group.contact.email); !mail)
                lines.append(QCoreApplication::translate("ContactLinks", "group %1: contact mail %2")
                                 .arg(group.id, mail.error()));
        }
    }
    return lines;
}

} // namespace kring::ContactLinks
