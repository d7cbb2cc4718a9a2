// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingguide.h"

#include "directory/contactlinks.h"
#include "schedule/recurrence.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace kring::MeetingGuide {
namespace {

// Imported weekly meetings start on their first weekday on or after this date (the format has no dates).
const QDate anchorDate(2026, 1, 1);
// Meeting Guide entries without end_time: most such meetings last an hour.
constexpr int defaultDurationMinutes = 60;

constexpr std::array<const char *, 7> ruleDays{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}; // 0 = Sunday

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

// Fields the import reads; every other field of an entry is counted in Import::notKept.
bool isReadField(const QString &key)
{
    static const QSet<QString> keys{
        u"slug"_s,
        u"name"_s,
        u"day"_s,
        u"time"_s,
        u"end_time"_s,
        u"timezone"_s,
        u"types"_s,
        u"conference_url"_s,
        u"conference_phone"_s,
        u"formatted_address"_s,
        u"address"_s,
        u"city"_s,
        u"postal_code"_s,
        u"country"_s,
        u"latitude"_s,
        u"longitude"_s,
        u"approximate"_s,
        u"location"_s,
        u"location_notes"_s,
        u"group"_s,
        u"notes"_s,
        u"group_notes"_s,
        u"url"_s,
        u"entity"_s,
        u"entity_url"_s,
        u"entity_website_url"_s,
        u"contact_1_email"_s,
        u"contact_1_phone"_s,
        u"contact_2_email"_s,
        u"contact_2_phone"_s,
        u"contact_3_email"_s,
        u"contact_3_phone"_s,
    };
    return keys.contains(key);
}

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

struct Address {
    QString street;
    QString postcode;
    QString town;
    QString country;
};

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

QString uniqueId(const QString &base, QSet<QString> &used)
{
    QString id = base.left(64);
    for (int n = 2; used.contains(id); ++n) {
        const QString suffix = u'-' + QString::number(n);
        id = base.left(64 - suffix.size()) + suffix;
    }
    used.insert(id);
    return id;
}

struct Entry {
    QString label; // how reason lines name the entry
    QJsonObject object;
};

} // namespace

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

Result<Import> importJson(const QByteArray &json, const QString &defaultZone)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return Error{QCoreApplication::translate("MeetingGuide", "not JSON: %1 at byte %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)};
    QJsonArray items;
    if (document.isArray())
        items = document.array();
    else if (document.isObject() && document.object().value("meetings"_L1).isArray())
        items = document.object().value("meetings"_L1).toArray();
    else if (document.isObject() && document.object().contains("slug"_L1))
        items.append(document.object());
    else
        return Error{
            QCoreApplication::translate("MeetingGuide", "expected a Meeting Guide array of meetings")};

    Import result;
    QList<Venue> venues;
    QHash<QString, QString> venueByKey;
    QList<Group> groups;
    QHash<QString, qsizetype> groupByKey;
    QSet<QString> slugs;
    QSet<QString> meetingIds;
    QSet<QString> venueIds;
    QSet<QString> groupIds;
    QHash<QString, QStringList> groupNotes;
    QMap<QString, int> notKeptFields; // field name: entries that had it
    auto notKeptAgain = [&](const QString &what) { ++notKeptFields[what]; };

    for (qsizetype index = 0; index < items.size(); ++index) {
        const QJsonObject entry = items.at(index).toObject();
        const QString slug = textOf(entry.value("slug"_L1));
        const QString label = slug.isEmpty()
                                  ? QCoreApplication::translate("MeetingGuide", "entry %1").arg(index + 1)
                                  : QCoreApplication::translate("MeetingGuide", "entry %1 (slug \"%2\")")
                                        .arg(index + 1)
                                        .arg(slug);
        auto skip = [&](const QString &reason) { result.skipped.append(label + ": "_L1 + reason); };
        if (!items.at(index).isObject()) {
            skip(QCoreApplication::translate("MeetingGuide", "not an object"));
            continue;
        }
        for (auto it = entry.constBegin(); it != entry.constEnd(); ++it) {
            if (!isReadField(it.key()) && !it.value().isNull() && it.value() != QJsonValue(QString()))
                notKeptAgain(it.key());
        }
        const QString name = entry.value("name"_L1).toString().trimmed();
        if (name.isEmpty()) {
            skip(QCoreApplication::translate("MeetingGuide", "no name"));
            continue;
        }
        const QString meetingIdBase = idFrom(slug);
        if (meetingIdBase.isEmpty()) {
            skip(QCoreApplication::translate("MeetingGuide", "no slug"));
            continue;
        }
        if (slugs.contains(slug)) {
            skip(QCoreApplication::translate("MeetingGuide", "duplicate slug"));
            continue;
        }
        // Days: a number or a list of numbers (0 = Sunday).
        const QJsonValue dayValue = entry.value("day"_L1);
        QList<int> days;
        const QJsonArray dayItems = dayValue.isArray() ? dayValue.toArray() : QJsonArray{dayValue};
        bool badDay = false;
        for (const QJsonValue &item : dayItems) {
            bool ok = false;
            const int day = textOf(item).toInt(&ok);
            if (!ok || day < 0 || day > 6 || textOf(item).contains(u'.'))
                badDay = true;
            else if (!days.contains(day))
                days.append(day);
        }
        if (dayValue.isUndefined() || dayValue.isNull() || (days.isEmpty() && !badDay)) {
            skip(QCoreApplication::translate(
                "MeetingGuide", "no day (an appointment-only meeting has no place in a schedule)"));
            continue;
        }
        if (badDay) {
            skip(QCoreApplication::translate("MeetingGuide", "day \"%1\" is not 0 (Sunday) to 6 (Saturday)")
                     .arg(textOf(dayValue)));
            continue;
        }
        const QString timeText = entry.value("time"_L1).toString();
        if (timeText.isEmpty()) {
            skip(QCoreApplication::translate("MeetingGuide", "no time"));
            continue;
        }
        const auto time = timeOf(timeText);
        if (!time) {
            skip(QCoreApplication::translate("MeetingGuide", "impossible time \"%1\"").arg(timeText));
            continue;
        }
        int duration = defaultDurationMinutes;
        if (const QString endText = entry.value("end_time"_L1).toString(); !endText.isEmpty()) {
            const auto end = timeOf(endText);
            if (!end) {
                skip(QCoreApplication::translate("MeetingGuide", "impossible end_time \"%1\"").arg(endText));
                continue;
            }
            duration = int(time->secsTo(*end) / 60);
            if (duration <= 0)
                duration += 24 * 60;
        }
        QString zone = entry.value("timezone"_L1).toString().trimmed();
        if (zone.isEmpty() || !QTimeZone(zone.toUtf8()).isValid())
            zone = defaultZone;
        if (zone.isEmpty() || !QTimeZone(zone.toUtf8()).isValid()) {
            skip(QCoreApplication::translate("MeetingGuide", "no time zone (add \"timezone\" or pass --tz)"));
            continue;
        }

        QStringList types;
        for (const QJsonValue &type : entry.value("types"_L1).toArray())
            types.append(type.toString().trimmed().toUpper());

        // Online: only https links are kept (the app opens no other kind).
        const QString conferenceUrl = entry.value("conference_url"_L1).toString().trimmed();
        const QString conferencePhone = entry.value("conference_phone"_L1).toString().trimmed();
        const QString onlineUrl = conferenceUrl.startsWith(u"https://") ? conferenceUrl : QString();
        const bool hasOnline = !onlineUrl.isEmpty() || !conferencePhone.isEmpty();

        // The venue: address parts or a formatted address, and coordinates.
        Address address = parseFormattedAddress(entry.value("formatted_address"_L1).toString());
        if (const QString street = entry.value("address"_L1).toString().trimmed(); !street.isEmpty())
            address.street = street;
        if (const QString city = entry.value("city"_L1).toString().trimmed(); !city.isEmpty())
            address.town = city;
        if (const QString postcode = textOf(entry.value("postal_code"_L1)); !postcode.isEmpty())
            address.postcode = postcode;
        if (const QString country = countryCode(entry.value("country"_L1).toString()); !country.isEmpty())
            address.country = country;
        else if (const QString raw = entry.value("country"_L1).toString().trimmed();
                 raw.size() == 2 && raw.at(0).isLetter() && raw.at(1).isLetter())
            address.country = raw.toUpper();
        if (address.country.isEmpty())
            address.country = countryOfZone(zone);
        const auto latitude = numberOf(entry.value("latitude"_L1));
        const auto longitude = numberOf(entry.value("longitude"_L1));
        const bool approximate = entry.value("approximate"_L1).toString() == u"yes";
        const QString location = entry.value("location"_L1).toString().trimmed();
        QString venueProblem;
        if (!latitude || !longitude || std::abs(*latitude) > 90 || std::abs(*longitude) > 180)
            venueProblem =
                QCoreApplication::translate("MeetingGuide", "no coordinates for the meeting place");
        else if (approximate)
            venueProblem = QCoreApplication::translate("MeetingGuide", "the meeting place is approximate");
        else if (address.town.isEmpty())
            venueProblem = QCoreApplication::translate("MeetingGuide", "no town for the meeting place");
        else if (address.country.isEmpty())
            venueProblem = QCoreApplication::translate("MeetingGuide", "no country for the meeting place");
        const bool hasVenue = venueProblem.isEmpty();
        if (!hasVenue && !hasOnline) {
            skip(venueProblem +
                 (conferenceUrl.isEmpty()
                      ? QString()
                      : QCoreApplication::translate("MeetingGuide", ", and conference_url is not https")));
            continue;
        }

        Meeting meeting;
        slugs.insert(slug);
        meeting.id = uniqueId(meetingIdBase, meetingIds);
        meeting.attendance = !hasOnline ? Attendance::InPerson
                             : hasVenue ? Attendance::Hybrid
                                        : Attendance::Online;
        meeting.onlineUrl = onlineUrl;
        meeting.onlinePhone = conferencePhone;
        meeting.timeZone = zone;
        std::sort(days.begin(), days.end(), [](int a, int b) { return (a + 6) % 7 < (b + 6) % 7; });
        QDate first = anchorDate;
        while (!days.contains(first.dayOfWeek() % 7))
            first = first.addDays(1);
        meeting.start = QDateTime(first, QTime(time->hour(), time->minute()), QTimeZone(zone.toUtf8()));
        meeting.durationMinutes = std::clamp(duration, 1, 1440);
        QStringList byDay;
        for (int day : days)
            byDay.append(QLatin1StringView(ruleDays.at(day)));
        meeting.rrule = "FREQ=WEEKLY;BYDAY="_L1 + byDay.join(u',');
        if (types.contains(u"TC"_s))
            meeting.status = MeetingStatus::Paused;
        QStringList otherTypes;
        for (const QString &type : types) {
            if (const QString language = languageOfType(type); !language.isEmpty()) {
                if (!meeting.languages.contains(language))
                    meeting.languages.append(language);
            } else if (type != u"TC" && type != u"ONL" && type != u"X" && !type.isEmpty()) {
                otherTypes.append(type);
            }
        }

        if (hasVenue) {
            const QString venueName = location.isEmpty() ? address.street : location;
            const QString key =
                QStringList{venueName, address.street, address.town, QString::number(*latitude, 'f', 6),
                            QString::number(*longitude, 'f', 6)}
                    .join(u'|');
            if (!venueByKey.contains(key)) {
                Venue venue;
                venue.id = uniqueId(idFrom(venueName + u' ' + address.town).isEmpty()
                                        ? u"venue"_s
                                        : idFrom(venueName + u' ' + address.town),
                                    venueIds);
                venue.name = venueName.isEmpty() ? address.town : venueName;
                venue.street = address.street;
                venue.postcode = address.postcode;
                venue.town = address.town;
                venue.country = address.country;
                venue.latitude = *latitude;
                venue.longitude = *longitude;
                venue.directions.nl = plainText(entry.value("location_notes"_L1).toString());
                venueByKey.insert(key, venue.id);
                venues.append(venue);
            }
            meeting.venueId = venueByKey.value(key);
            if (types.contains(u"X"_s)) {
                for (Venue &venue : venues) {
                    if (venue.id == meeting.venueId)
                        venue.wheelchairAccessible = true;
                }
            }
        }

        // What Kring keeps per group: the types that are not per meeting (kept as keywords), the notes and
        // the contact. Meeting Guide has them per meeting, so meetings of one `group` share a Kring group
        // only when these are the same; otherwise each set becomes a group of the same name (nothing is mixed
        // or lost).
        QStringList notes;
        for (const char *key : {"notes", "group_notes"}) {
            const QString text = plainText(entry.value(QLatin1StringView(key)).toString());
            if (!text.isEmpty() && !notes.contains(text))
                notes.append(text);
        }
        ContactChannel contact;
        if (const QString website = entry.value("url"_L1).toString().trimmed();
            website.startsWith(u"https://") || website.startsWith(u"http://"))
            contact.website = website;
        const QString country = address.country.isEmpty() ? countryOfZone(zone) : address.country;
        for (const char *n : {"1", "2", "3"}) {
            const QString phoneKey = "contact_"_L1 + QLatin1StringView(n) + "_phone"_L1;
            const QString mailKey = "contact_"_L1 + QLatin1StringView(n) + "_email"_L1;
            if (const QString phone = entry.value(phoneKey).toString().trimmed();
                contact.phone.isEmpty() && !phone.isEmpty()) {
                if (const auto checked = ContactLinks::parsePhone(phone, country); checked)
                    contact.phone = phone;
                else
                    notKeptAgain(phoneKey + " ("_L1 + checked.error() + u')');
            }
            if (const QString email = entry.value(mailKey).toString().trimmed();
                contact.email.isEmpty() && !email.isEmpty()) {
                if (const auto checked = ContactLinks::checkMail(email); checked)
                    contact.email = email;
                else
                    notKeptAgain(mailKey + " ("_L1 + checked.error() + u')');
            }
        }
        QStringList sortedTypes = otherTypes;
        sortedTypes.sort();
        const QString groupName = entry.value("group"_L1).toString().trimmed();
        const QString shared = QStringList{sortedTypes.join(u','), notes.join(u'\x1f'), contact.website,
                                           contact.email, contact.phone}
                                   .join(u'\x1e');
        const QString groupKey = groupName.isEmpty() ? u"slug:"_s + slug : u"group:"_s + groupName + shared;
        if (!groupByKey.contains(groupKey)) {
            Group group;
            const QString base = groupName.isEmpty() ? meetingIdBase : idFrom(groupName);
            group.id = uniqueId(base.isEmpty() ? meetingIdBase : base, groupIds);
            group.name = groupName.isEmpty() ? name : groupName;
            group.keywords = otherTypes;
            group.contact = contact;
            groupNotes.insert(group.id, notes);
            groupByKey.insert(groupKey, groups.size());
            groups.append(group);
        }
        Group &group = groups[groupByKey.value(groupKey)];
        // A meeting of a Meeting Guide `group` keeps its own name, so export writes the `group` back.
        if (name != group.name || !groupName.isEmpty())
            meeting.name = name;
        // The service entity (the network that publishes the feed).
        if (result.directory.networkName.isEmpty())
            result.directory.networkName = entry.value("entity"_L1).toString().trimmed();
        for (const char *key : {"entity_website_url", "entity_url"}) {
            const QString website = entry.value(QLatin1StringView(key)).toString().trimmed();
            if (result.directory.networkWebsite.isEmpty() &&
                (website.startsWith(u"https://") || website.startsWith(u"http://")))
                result.directory.networkWebsite = website;
        }
        group.meetings.append(meeting);
        ++result.meetings;
    }

    for (Group &group : groups) {
        group.summary.nl = groupNotes.value(group.id).join("\n\n"_L1);
        // A meeting without language types is in the format's default language; the group takes the
        // languages most of its meetings have, and a meeting with others keeps its own.
        auto languagesOf = [](const Meeting &meeting) {
            return meeting.languages.isEmpty() ? QStringList{u"nl"_s} : meeting.languages;
        };
        QStringList common = languagesOf(group.meetings.first());
        qsizetype best = 0;
        for (const Meeting &candidate : group.meetings) {
            const qsizetype count =
                std::count_if(group.meetings.cbegin(), group.meetings.cend(), [&](const Meeting &meeting) {
                    return languagesOf(meeting) == languagesOf(candidate);
                });
            if (count > best) {
                best = count;
                common = languagesOf(candidate);
            }
        }
        group.languages = common;
        for (Meeting &meeting : group.meetings)
            meeting.languages = languagesOf(meeting) == common ? QStringList{} : languagesOf(meeting);
    }
    for (auto it = notKeptFields.cbegin(); it != notKeptFields.cend(); ++it)
        result.notKept.append(QCoreApplication::translate("MeetingGuide", "not kept: %1 (in %2 entries)")
                                  .arg(it.key())
                                  .arg(it.value()));
    Directory directory({}, venues, groups);
    directory.networkName = result.directory.networkName;
    directory.networkWebsite = result.directory.networkWebsite;
    result.directory = std::move(directory);
    return result;
}

Export exportJson(const Directory &directory)
{
    Export result;
    QJsonArray entries;
    for (const Group &group : directory.groups()) {
        // Where an online-only meeting is: Meeting Guide lists meetings by place, so it gets the town of the
        // group's meeting place, else the country of its time zone, marked approximate.
        const Venue *groupVenue = nullptr;
        for (const Meeting &meeting : group.meetings) {
            if (!groupVenue && meeting.hasVenue())
                groupVenue = directory.venue(meeting.venueId);
        }
        for (const Meeting &meeting : group.meetings) {
            const QString what = u"meeting "_s + meeting.id + u": "_s;
            if (!meeting.start.isValid()) {
                result.leftOut.append(what + u"no rule, only a schedule note; not exported"_s);
                continue;
            }
            auto rule = Recurrence::parts(meeting.rrule);
            const bool weekly = rule && rule.value().frequency == Recurrence::Frequency::Weekly &&
                                rule.value().interval == 1 && rule.value().byMonth.isEmpty() &&
                                rule.value().byMonthDay.isEmpty() && rule.value().bySetPosition.isEmpty() &&
                                !rule.value().hasOtherParts &&
                                std::none_of(rule.value().byDay.cbegin(), rule.value().byDay.cend(),
                                             [](const auto &day) { return day.position != 0; });
            if (!weekly) {
                result.leftOut.append(
                    what + u"\""_s + meeting.rrule +
                    u"\" is not a weekly rule; Meeting Guide only knows weekly meetings; not "
                    u"exported"_s);
                continue;
            }
            if (rule.value().count > 0 || rule.value().until.isValid())
                result.leftOut.append(what + u"the end of the series (COUNT/UNTIL) is left out"_s);
            if (!meeting.exceptionDates.isEmpty() || !meeting.additionalDates.isEmpty())
                result.leftOut.append(what + u"exception and extra dates (EXDATE/RDATE) are left out"_s);
            if (!meeting.breaks.isEmpty())
                result.leftOut.append(what + u"breaks are left out"_s);
            QList<int> weekdays; // 1 = Monday
            for (const auto &day : rule.value().byDay)
                weekdays.append(day.weekday);
            if (weekdays.isEmpty())
                weekdays.append(meeting.start.date().dayOfWeek());
            QJsonArray types;
            if (meeting.status == MeetingStatus::Paused)
                types.append(u"TC"_s);
            const Venue *venue = meeting.hasVenue() ? directory.venue(meeting.venueId) : nullptr;
            if (venue && venue->wheelchairAccessible.value_or(false))
                types.append(u"X"_s);
            // The directory's default language is not said, so a round trip adds none.
            QStringList languages = meeting.languages.isEmpty() ? group.languages : meeting.languages;
            if (languages == QStringList{u"nl"_s})
                languages.clear();
            for (const QString &language : languages) {
                const QString type = languageToType().value(language);
                if (!type.isEmpty())
                    types.append(type);
                else
                    result.leftOut.append(what + u"the language \""_s + language +
                                          u"\" has no Meeting Guide type; left out"_s);
            }
            static const QRegularExpression typeCode(u"^[A-Z0-9-]{1,6}$"_s);
            for (const QString &keyword : group.keywords) {
                if (typeCode.match(keyword).hasMatch() && !types.contains(keyword))
                    types.append(keyword);
            }
            QJsonObject entry;
            entry.insert("name"_L1, meeting.name.isEmpty() ? group.name : meeting.name);
            entry.insert("time"_L1, meeting.start.time().toString(u"HH:mm"_s));
            entry.insert(
                "end_time"_L1,
                meeting.start.time().addSecs(qint64(meeting.durationMinutes) * 60).toString(u"HH:mm"_s));
            entry.insert("timezone"_L1, meeting.timeZone);
            entry.insert("types"_L1, types);
            if (group.meetings.size() > 1 || !meeting.name.isEmpty())
                entry.insert("group"_L1, group.name);
            if (venue) {
                entry.insert("location"_L1, venue->name);
                if (!venue->street.isEmpty())
                    entry.insert("address"_L1, venue->street);
                entry.insert("city"_L1, venue->town);
                if (!venue->postcode.isEmpty())
                    entry.insert("postal_code"_L1, venue->postcode);
                entry.insert("country"_L1, venue->country);
                entry.insert("latitude"_L1, venue->latitude);
                entry.insert("longitude"_L1, venue->longitude);
                QStringList formatted{venue->street,
                                      QStringList{venue->postcode, venue->town}.join(u' ').trimmed(),
                                      venue->country};
                formatted.removeAll(QString());
                entry.insert("formatted_address"_L1, formatted.join(", "_L1));
                if (!venue->directions.isEmpty())
                    entry.insert("location_notes"_L1, venue->directions.nl);
            } else {
                const QString country = groupVenue ? groupVenue->country : countryOfZone(meeting.timeZone);
                if (groupVenue)
                    entry.insert("city"_L1, groupVenue->town);
                if (!country.isEmpty())
                    entry.insert("country"_L1, country);
                QStringList formatted{groupVenue ? groupVenue->town : QString(), countryName(country)};
                formatted.removeAll(QString());
                if (formatted.isEmpty())
                    result.leftOut.append(what + u"online only, and no town or country to list it by"_s);
                else
                    entry.insert("formatted_address"_L1, formatted.join(", "_L1));
                entry.insert("approximate"_L1, u"yes"_s);
            }
            if (!meeting.onlineUrl.isEmpty())
                entry.insert("conference_url"_L1, meeting.onlineUrl);
            if (!meeting.onlinePhone.isEmpty())
                entry.insert("conference_phone"_L1, meeting.onlinePhone);
            if (!group.summary.isEmpty())
                entry.insert("notes"_L1, group.summary.nl);
            // The group's own channel is the meeting's contact; the service entity is the network.
            if (!group.contact.website.isEmpty())
                entry.insert("url"_L1, group.contact.website);
            if (!group.contact.email.isEmpty())
                entry.insert("contact_1_email"_L1, group.contact.email);
            if (!group.contact.phone.isEmpty())
                entry.insert("contact_1_phone"_L1, group.contact.phone);
            if (!directory.networkName.isEmpty()) {
                entry.insert("entity"_L1, directory.networkName);
                if (!directory.networkWebsite.isEmpty())
                    entry.insert("entity_website_url"_L1, directory.networkWebsite);
            }
            // Several weekdays: one entry with a list of days (the spec allows it), so the slug stays the id.
            std::sort(weekdays.begin(), weekdays.end(), [](int a, int b) { return a % 7 < b % 7; });
            entry.insert("slug"_L1, meeting.id);
            if (weekdays.size() == 1) {
                entry.insert("day"_L1, weekdays.first() % 7);
            } else {
                QJsonArray days;
                for (int weekday : weekdays)
                    days.append(weekday % 7);
                entry.insert("day"_L1, days);
            }
            entries.append(entry);
        }
    }
    result.json = QJsonDocument(entries).toJson(QJsonDocument::Indented);
    return result;
}

} // namespace kring::MeetingGuide
