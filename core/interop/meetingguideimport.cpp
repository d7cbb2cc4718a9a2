// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting Guide JSON as a Kring directory.
#include "meetingguide.h"
#include "meetingguideformat.h"

#include "directory/contactlinks.h"

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

// When an entry's meeting is held.
struct When {
    QList<int> days; // 0 = Sunday
    QTime time;
    int durationMinutes = defaultDurationMinutes;
    QString zone;
};

// Days: a number or a list of numbers (0 = Sunday).
Result<QList<int>> daysOf(const QJsonValue &dayValue)
{
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
    if (dayValue.isUndefined() || dayValue.isNull() || (days.isEmpty() && !badDay))
        return Error{QCoreApplication::translate(
            "MeetingGuide", "no day (an appointment-only meeting has no place in a schedule)")};
    if (badDay)
        return Error{
            QCoreApplication::translate("MeetingGuide", "day \"%1\" is not 0 (Sunday) to 6 (Saturday)")
                .arg(textOf(dayValue))};
    return days;
}

Result<When> whenOf(const QJsonObject &entry, const QString &defaultZone)
{
    When when;
    const auto days = daysOf(entry.value("day"_L1));
    if (!days)
        return Error{days.error()};
    when.days = days.value();
    const QString timeText = entry.value("time"_L1).toString();
    if (timeText.isEmpty())
        return Error{QCoreApplication::translate("MeetingGuide", "no time")};
    const auto time = timeOf(timeText);
    if (!time)
        return Error{QCoreApplication::translate("MeetingGuide", "impossible time \"%1\"").arg(timeText)};
    when.time = *time;
    if (const QString endText = entry.value("end_time"_L1).toString(); !endText.isEmpty()) {
        const auto end = timeOf(endText);
        if (!end)
            return Error{
                QCoreApplication::translate("MeetingGuide", "impossible end_time \"%1\"").arg(endText)};
        when.durationMinutes = int(time->secsTo(*end) / 60);
        if (when.durationMinutes <= 0)
            when.durationMinutes += 24 * 60;
    }
    when.zone = entry.value("timezone"_L1).toString().trimmed();
    if (when.zone.isEmpty() || !QTimeZone(when.zone.toUtf8()).isValid())
        when.zone = defaultZone;
    if (when.zone.isEmpty() || !QTimeZone(when.zone.toUtf8()).isValid())
        return Error{
            QCoreApplication::translate("MeetingGuide", "no time zone (add \"timezone\" or pass --tz)")};
    return when;
}

// The venue's address: address parts or a formatted address.
Address addressOf(const QJsonObject &entry, const QString &zone)
{
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
    return address;
}

// Where an entry's meeting is: at a venue, online, or both.
struct Place {
    Address address;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString location;
    QString venueProblem; // why there is no venue; empty when there is one
    QString conferenceUrl;
    QString onlineUrl; // only https links are kept (the app opens no other kind)
    QString onlinePhone;

    [[nodiscard]] bool hasVenue() const { return venueProblem.isEmpty(); }
    [[nodiscard]] bool hasOnline() const { return !onlineUrl.isEmpty() || !onlinePhone.isEmpty(); }
};

Place placeOf(const QJsonObject &entry, const QString &zone)
{
    Place place;
    place.conferenceUrl = entry.value("conference_url"_L1).toString().trimmed();
    place.onlinePhone = entry.value("conference_phone"_L1).toString().trimmed();
    place.onlineUrl = place.conferenceUrl.startsWith(u"https://") ? place.conferenceUrl : QString();
    place.address = addressOf(entry, zone);
    place.latitude = numberOf(entry.value("latitude"_L1));
    place.longitude = numberOf(entry.value("longitude"_L1));
    place.location = entry.value("location"_L1).toString().trimmed();
    const bool approximate = entry.value("approximate"_L1).toString() == u"yes";
    if (!place.latitude || !place.longitude || std::abs(*place.latitude) > 90 ||
        std::abs(*place.longitude) > 180)
        place.venueProblem =
            QCoreApplication::translate("MeetingGuide", "no coordinates for the meeting place");
    else if (approximate)
        place.venueProblem = QCoreApplication::translate("MeetingGuide", "the meeting place is approximate");
    else if (place.address.town.isEmpty())
        place.venueProblem = QCoreApplication::translate("MeetingGuide", "no town for the meeting place");
    else if (place.address.country.isEmpty())
        place.venueProblem = QCoreApplication::translate("MeetingGuide", "no country for the meeting place");
    return place;
}

// The meeting's time, rule and attendance; no id, venue, name or languages yet.
Meeting meetingOf(const When &when, const Place &place)
{
    Meeting meeting;
    meeting.attendance = !place.hasOnline() ? Attendance::InPerson
                         : place.hasVenue() ? Attendance::Hybrid
                                            : Attendance::Online;
    meeting.onlineUrl = place.onlineUrl;
    meeting.onlinePhone = place.onlinePhone;
    meeting.timeZone = when.zone;
    QList<int> days = when.days;
    std::sort(days.begin(), days.end(), [](int a, int b) { return (a + 6) % 7 < (b + 6) % 7; });
    QDate first = anchorDate;
    while (!days.contains(first.dayOfWeek() % 7))
        first = first.addDays(1);
    meeting.start =
        QDateTime(first, QTime(when.time.hour(), when.time.minute()), QTimeZone(when.zone.toUtf8()));
    meeting.durationMinutes = std::clamp(when.durationMinutes, 1, 1440);
    QStringList byDay;
    for (int day : days)
        byDay.append(QLatin1StringView(ruleDays.at(day)));
    meeting.rrule = "FREQ=WEEKLY;BYDAY="_L1 + byDay.join(u',');
    return meeting;
}

QStringList typesOf(const QJsonObject &entry)
{
    QStringList types;
    for (const QJsonValue &type : entry.value("types"_L1).toArray())
        types.append(type.toString().trimmed().toUpper());
    return types;
}

// Sets the meeting's status and languages from its types; returns the other types.
QStringList applyTypes(const QStringList &types, Meeting &meeting)
{
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
    return otherTypes;
}

QStringList notesOf(const QJsonObject &entry)
{
    QStringList notes;
    for (const char *key : {"notes", "group_notes"}) {
        const QString text = plainText(entry.value(QLatin1StringView(key)).toString());
        if (!text.isEmpty() && !notes.contains(text))
            notes.append(text);
    }
    return notes;
}

// What Kring keeps per group: the types that are not per meeting (kept as keywords), the notes and the
// contact. Meeting Guide has them per meeting, so meetings of one `group` share a Kring group only when these
// are the same; otherwise each set becomes a group of the same name (nothing is mixed or lost).
struct GroupPart {
    QString name; // Meeting Guide's `group`; often empty
    QStringList keywords;
    QStringList notes;
    ContactChannel contact;
};

// A meeting without language types is in the format's default language; the group takes the languages most
// of its meetings have, and a meeting with others keeps its own.
void settleLanguages(Group &group)
{
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

Result<QJsonArray> itemsOf(const QByteArray &json)
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
    return items;
}

// Builds the directory entry by entry.
class Importer
{
public:
    explicit Importer(const QString &defaultZone)
        : m_defaultZone(defaultZone)
    {}

    void readEntry(qsizetype index, const QJsonValue &item);
    [[nodiscard]] Import finish();

private:
    Status readMeeting(const QJsonObject &entry, const QString &slug);
    void countNotKept(const QJsonObject &entry);
    void notKept(const QString &what) { ++m_notKeptFields[what]; }
    QString venueFor(const QJsonObject &entry, const Place &place, bool wheelchairAccessible);
    ContactChannel contactOf(const QJsonObject &entry, const QString &country);
    Group &groupFor(const GroupPart &part, const QString &name, const QString &slug, const QString &idBase);
    void readNetwork(const QJsonObject &entry);

    QString m_defaultZone;
    Import m_result;
    QList<Venue> m_venues;
    QHash<QString, QString> m_venueByKey;
    QList<Group> m_groups;
    QHash<QString, qsizetype> m_groupByKey;
    QSet<QString> m_slugs;
    QSet<QString> m_meetingIds;
    QSet<QString> m_venueIds;
    QSet<QString> m_groupIds;
    QHash<QString, QStringList> m_groupNotes;
    QMap<QString, int> m_notKeptFields; // field name: entries that had it
};

void Importer::readEntry(qsizetype index, const QJsonValue &item)
{
    const QJsonObject entry = item.toObject();
    const QString slug = textOf(entry.value("slug"_L1));
    const QString label =
        slug.isEmpty()
            ? QCoreApplication::translate("MeetingGuide", "entry %1").arg(index + 1)
            : QCoreApplication::translate("MeetingGuide", "entry %1 (slug \"%2\")").arg(index + 1).arg(slug);
    const Status read = item.isObject() ? readMeeting(entry, slug)
                                        : Error{QCoreApplication::translate("MeetingGuide", "not an object")};
    if (!read)
        m_result.skipped.append(label + ": "_L1 + read.error());
}

Status Importer::readMeeting(const QJsonObject &entry, const QString &slug)
{
    countNotKept(entry);
    const QString name = entry.value("name"_L1).toString().trimmed();
    if (name.isEmpty())
        return Error{QCoreApplication::translate("MeetingGuide", "no name")};
    const QString meetingIdBase = idFrom(slug);
    if (meetingIdBase.isEmpty())
        return Error{QCoreApplication::translate("MeetingGuide", "no slug")};
    if (m_slugs.contains(slug))
        return Error{QCoreApplication::translate("MeetingGuide", "duplicate slug")};
    const auto when = whenOf(entry, m_defaultZone);
    if (!when)
        return Error{when.error()};
    const Place place = placeOf(entry, when.value().zone);
    if (!place.hasVenue() && !place.hasOnline())
        return Error{place.venueProblem + (place.conferenceUrl.isEmpty()
                                               ? QString()
                                               : QCoreApplication::translate(
                                                     "MeetingGuide", ", and conference_url is not https"))};

    Meeting meeting = meetingOf(when.value(), place);
    m_slugs.insert(slug);
    meeting.id = uniqueId(meetingIdBase, m_meetingIds);
    const QStringList types = typesOf(entry);
    GroupPart part;
    part.keywords = applyTypes(types, meeting);
    if (place.hasVenue())
        meeting.venueId = venueFor(entry, place, types.contains(u"X"_s));
    part.name = entry.value("group"_L1).toString().trimmed();
    part.notes = notesOf(entry);
    part.contact = contactOf(entry, place.address.country.isEmpty() ? countryOfZone(when.value().zone)
                                                                    : place.address.country);
    Group &group = groupFor(part, name, slug, meetingIdBase);
    // A meeting of a Meeting Guide `group` keeps its own name, so export writes the `group` back.
    if (name != group.name || !part.name.isEmpty())
        meeting.name = name;
    readNetwork(entry);
    group.meetings.append(meeting);
    ++m_result.meetings;
    return Done{};
}

void Importer::countNotKept(const QJsonObject &entry)
{
    for (auto it = entry.constBegin(); it != entry.constEnd(); ++it) {
        if (!isReadField(it.key()) && !it.value().isNull() && it.value() != QJsonValue(QString()))
            notKept(it.key());
    }
}

// The id of the venue at `place`, added the first time it is met.
QString Importer::venueFor(const QJsonObject &entry, const Place &place, bool wheelchairAccessible)
{
    const Address &address = place.address;
    const QString venueName = place.location.isEmpty() ? address.street : place.location;
    const QString key =
        QStringList{venueName, address.street, address.town, QString::number(*place.latitude, 'f', 6),
                    QString::number(*place.longitude, 'f', 6)}
            .join(u'|');
    if (!m_venueByKey.contains(key)) {
        Venue venue;
        venue.id = uniqueId(idFrom(venueName + u' ' + address.town).isEmpty()
                                ? u"venue"_s
                                : idFrom(venueName + u' ' + address.town),
                            m_venueIds);
        venue.name = venueName.isEmpty() ? address.town : venueName;
        venue.street = address.street;
        venue.postcode = address.postcode;
        venue.town = address.town;
        venue.country = address.country;
        venue.latitude = *place.latitude;
        venue.longitude = *place.longitude;
        venue.directions.nl = plainText(entry.value("location_notes"_L1).toString());
        m_venueByKey.insert(key, venue.id);
        m_venues.append(venue);
    }
    const QString id = m_venueByKey.value(key);
    if (wheelchairAccessible) {
        for (Venue &venue : m_venues) {
            if (venue.id == id)
                venue.wheelchairAccessible = true;
        }
    }
    return id;
}

ContactChannel Importer::contactOf(const QJsonObject &entry, const QString &country)
{
    ContactChannel contact;
    if (const QString website = entry.value("url"_L1).toString().trimmed();
        website.startsWith(u"https://") || website.startsWith(u"http://"))
        contact.website = website;
    for (const char *n : {"1", "2", "3"}) {
        const QString phoneKey = "contact_"_L1 + QLatin1StringView(n) + "_phone"_L1;
        const QString mailKey = "contact_"_L1 + QLatin1StringView(n) + "_email"_L1;
        if (const QString phone = entry.value(phoneKey).toString().trimmed();
            contact.phone.isEmpty() && !phone.isEmpty()) {
            if (const auto checked = ContactLinks::parsePhone(phone, country); checked)
                contact.phone = phone;
            else
                notKept(phoneKey + " ("_L1 + checked.error() + u')');
        }
        if (const QString email = entry.value(mailKey).toString().trimmed();
            contact.email.isEmpty() && !email.isEmpty()) {
            if (const auto checked = ContactLinks::checkMail(email); checked)
                contact.email = email;
            else
                notKept(mailKey + " ("_L1 + checked.error() + u')');
        }
    }
    return contact;
}

// The group the entry's meeting belongs to, added the first time it is met.
Group &Importer::groupFor(const GroupPart &part, const QString &name, const QString &slug,
                          const QString &idBase)
{
    QStringList sortedTypes = part.keywords;
    sortedTypes.sort();
    const ContactChannel &contact = part.contact;
    const QString shared = QStringList{sortedTypes.join(u','), part.notes.join(u'\x1f'), contact.website,
                                       contact.email, contact.phone}
                               .join(u'\x1e');
    const QString groupKey = part.name.isEmpty() ? u"slug:"_s + slug : u"group:"_s + part.name + shared;
    if (!m_groupByKey.contains(groupKey)) {
        Group group;
        const QString base = part.name.isEmpty() ? idBase : idFrom(part.name);
        group.id = uniqueId(base.isEmpty() ? idBase : base, m_groupIds);
        group.name = part.name.isEmpty() ? name : part.name;
        group.keywords = part.keywords;
        group.contact = contact;
        m_groupNotes.insert(group.id, part.notes);
        m_groupByKey.insert(groupKey, m_groups.size());
        m_groups.append(group);
    }
    return m_groups[m_groupByKey.value(groupKey)];
}

// The service entity (the network that publishes the feed).
void Importer::readNetwork(const QJsonObject &entry)
{
    if (m_result.directory.networkName.isEmpty())
        m_result.directory.networkName = entry.value("entity"_L1).toString().trimmed();
    for (const char *key : {"entity_website_url", "entity_url"}) {
        const QString website = entry.value(QLatin1StringView(key)).toString().trimmed();
        if (m_result.directory.networkWebsite.isEmpty() &&
            (website.startsWith(u"https://") || website.startsWith(u"http://")))
            m_result.directory.networkWebsite = website;
    }
}

Import Importer::finish()
{
    for (Group &group : m_groups) {
        group.summary.nl = m_groupNotes.value(group.id).join("\n\n"_L1);
        settleLanguages(group);
    }
    for (auto it = m_notKeptFields.cbegin(); it != m_notKeptFields.cend(); ++it)
        m_result.notKept.append(QCoreApplication::translate("MeetingGuide", "not kept: %1 (in %2 entries)")
                                    .arg(it.key())
                                    .arg(it.value()));
    Directory directory({}, m_venues, m_groups);
    directory.networkName = m_result.directory.networkName;
    directory.networkWebsite = m_result.directory.networkWebsite;
    m_result.directory = std::move(directory);
    return std::move(m_result);
}

} // namespace

Result<Import> importJson(const QByteArray &json, const QString &defaultZone)
{
    const auto items = itemsOf(json);
    if (!items)
        return Error{items.error()};
    Importer importer(defaultZone);
    for (qsizetype index = 0; index < items.value().size(); ++index)
        importer.readEntry(index, items.value().at(index));
    return importer.finish();
}

} // namespace kring::MeetingGuide
