// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingguide.h"
#include "meetingguideformat.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kring::MeetingGuide {

// Languages as Meeting Guide types, from the spec's type list (code4recovery/spec, data/types.json): not
// ISO codes, and some are three letters (S is Spanish, ITA Italian, POL Polish; TR is Tradition Study, UK
// Ukrainian). Dutch, Arabic and Turkish have no type.
const QHash<QString, QString> &languageToType()
{
    static const QHash<QString, QString> types{
        {u"am"_s, u"AM"_s},  {u"da"_s, u"DA"_s},  {u"de"_s, u"DE"_s},  {u"el"_s, u"EL"_s},
        {u"en"_s, u"EN"_s},  {u"fa"_s, u"FA"_s},  {u"fr"_s, u"FR"_s},  {u"he"_s, u"HE"_s},
        {u"hi"_s, u"HI"_s},  {u"hr"_s, u"HR"_s},  {u"hu"_s, u"HU"_s},  {u"it"_s, u"ITA"_s},
        {u"ja"_s, u"JA"_s},  {u"ko"_s, u"KOR"_s}, {u"lt"_s, u"LT"_s},  {u"ml"_s, u"ML"_s},
        {u"no"_s, u"NO"_s},  {u"pl"_s, u"POL"_s}, {u"pt"_s, u"POR"_s}, {u"pa"_s, u"PUN"_s},
        {u"ru"_s, u"RUS"_s}, {u"es"_s, u"S"_s},   {u"sk"_s, u"SK"_s},  {u"sv"_s, u"SV"_s},
        {u"th"_s, u"TH"_s},  {u"tl"_s, u"TL"_s},  {u"uk"_s, u"UK"_s},
    };
    return types;
}

// The language of a type in `types`: the spec's codes, and codes older feeds use for languages without one
// (NL, AR, TUR) or beside the spec's (GER, ES, IT). Never TR (Tradition Study).
QString languageOfType(const QString &type)
{
    static const QHash<QString, QString> languages = [] {
        QHash<QString, QString> map;
        for (auto it = languageToType().cbegin(); it != languageToType().cend(); ++it)
            map.insert(it.value(), it.key());
        map.insert(u"NL"_s, u"nl"_s);
        map.insert(u"AR"_s, u"ar"_s);
        map.insert(u"TUR"_s, u"tr"_s);
        map.insert(u"GER"_s, u"de"_s);
        map.insert(u"ES"_s, u"es"_s);
        map.insert(u"IT"_s, u"it"_s);
        return map;
    }();
    return languages.value(type);
}

// The country code of a country name or code; empty when unknown.
QString countryCode(const QString &text)
{
    static const QHash<QString, QString> names{
        {u"nl"_s, u"NL"_s},        {u"netherlands"_s, u"NL"_s}, {u"the netherlands"_s, u"NL"_s},
        {u"nederland"_s, u"NL"_s}, {u"be"_s, u"BE"_s},          {u"belgium"_s, u"BE"_s},
        {u"belgië"_s, u"BE"_s},    {u"belgie"_s, u"BE"_s},      {u"belgique"_s, u"BE"_s},
        {u"de"_s, u"DE"_s},        {u"germany"_s, u"DE"_s},     {u"deutschland"_s, u"DE"_s},
        {u"lu"_s, u"LU"_s},        {u"luxembourg"_s, u"LU"_s},  {u"fr"_s, u"FR"_s},
        {u"france"_s, u"FR"_s},    {u"ca"_s, u"CA"_s},          {u"canada"_s, u"CA"_s},
        {u"us"_s, u"US"_s},        {u"usa"_s, u"US"_s},         {u"united states"_s, u"US"_s},
        {u"gb"_s, u"GB"_s},        {u"uk"_s, u"GB"_s},          {u"united kingdom"_s, u"GB"_s},
    };
    return names.value(text.trimmed().toLower());
}

QString countryOfZone(const QString &zone)
{
    return zone == u"Europe/Amsterdam" ? u"NL"_s : zone == u"Europe/Brussels" ? u"BE"_s : QString();
}

// The English name of a country code, as geocoders read a formatted address; the code itself otherwise.
QString countryName(const QString &code)
{
    static const QHash<QString, QString> names{
        {u"NL"_s, u"Netherlands"_s}, {u"BE"_s, u"Belgium"_s},        {u"DE"_s, u"Germany"_s},
        {u"LU"_s, u"Luxembourg"_s},  {u"FR"_s, u"France"_s},         {u"CA"_s, u"Canada"_s},
        {u"US"_s, u"USA"_s},         {u"GB"_s, u"United Kingdom"_s},
    };
    return names.value(code, code);
}

// A string or a number as text (slugs and coordinates come as either).
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        // Whole numbers within 2^53 as integers; casting a larger double to an integer is undefined.
        const double number = value.toDouble();
        const bool whole =
            std::isfinite(number) && std::abs(number) < 9007199254740992.0 && number == std::trunc(number);
        return whole ? QString::number(qint64(number)) : QString::number(number, 'g', 12);
    }
    return {};
}

std::optional<double> numberOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double number = value.toString().trimmed().toDouble(&ok);
    return ok ? std::optional(number) : std::nullopt;
}

std::optional<QTime> timeOf(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    return time.isValid() ? std::optional(time) : std::nullopt;
}

// "Emmasingel 22, 5611 AZ Eindhoven, Netherlands" or "Bondgenotenlaan 1, 3000 Leuven, België".
// Only the European "postcode town" part is read; no US address patterns.
Address parseFormattedAddress(const QString &text)
{
    Address address;
    QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    if (parts.size() > 1 && !countryCode(parts.last()).isEmpty())
        address.country = countryCode(parts.takeLast());
    static const QRegularExpression postcodeTown(u"^(\\d{4}\\s?[A-Za-z]{2}|\\d{4,5})\\s+(.+)$"_s);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const auto match = postcodeTown.match(parts.at(i));
        if (match.hasMatch()) {
            address.postcode = match.captured(1).toUpper();
            address.town = match.captured(2);
            break;
        }
    }
    if (!parts.isEmpty())
        address.street = parts.first();
    if (address.town.isEmpty() && parts.size() > 1)
        address.town = parts.at(1);
    return address;
}

QString idFrom(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KD).toLower();
    QString id;
    for (const QChar c : folded) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-')
            id.append(c);
        else if (c.isSpace() || c == u'/' || c == u'\'' || c == u',' || c == u'&' || c == u'+')
            id.append(u'-');
    }
    static const QRegularExpression dashes(u"-{2,}"_s);
    id.replace(dashes, u"-"_s);
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.left(64);
}

QString plainText(const QString &html)
{
    QString text = html;
    static const QRegularExpression breaks(u"<\\s*(br\\s*/?|/p|/div|/li)\\s*>"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    text.replace(breaks, u"\n"_s);
    text.replace(tags, QString());
    static const QRegularExpression numeric(u"&#(x?)([0-9a-fA-F]+);"_s);
    for (auto match = numeric.match(text); match.hasMatch(); match = numeric.match(text)) {
        const uint code = match.captured(2).toUInt(nullptr, match.captured(1).isEmpty() ? 10 : 16);
        text.replace(match.capturedStart(), match.capturedLength(),
                     QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1));
    }
    text.replace(u"&nbsp;"_s, u" "_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s).replace(u"&apos;"_s, u"'"_s);
    text.replace(u"&amp;"_s, u"&"_s);
    static const QRegularExpression spaces(u"[ \\t]+"_s);
    static const QRegularExpression blankLines(u"\\n\\s*\\n+"_s);
    text.replace(spaces, u" "_s);
    text.replace(blankLines, u"\n\n"_s);
    return text.trimmed();
}

} // namespace kring::MeetingGuide
