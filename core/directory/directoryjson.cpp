// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryjson.h"

#include "directoryjsonreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace kring::DirectoryJson {
namespace {

using namespace detail;

template<class Json>
Theme readTheme(Reader<Json> &reader, const typename Json::Object &object, const Path &path)
{
    reader.checkKeys(object, path, {"id"_L1, "name"_L1, "category"_L1, "keywords"_L1}, {"id"_L1, "name"_L1});
    Theme theme;
    theme.id = reader.id(object, "id"_L1, path);
    theme.name = reader.localizedText(object, "name"_L1, path);
    theme.category = reader.id(object, "category"_L1, path);
    theme.keywords = reader.strings(object, "keywords"_L1, path);
    return theme;
}

template<class Json>
Venue readVenue(Reader<Json> &reader, const typename Json::Object &object, const Path &path)
{
    reader.checkKeys(object, path,
                     {"id"_L1, "name"_L1, "street"_L1, "postcode"_L1, "town"_L1, "country"_L1, "lat"_L1,
                      "lon"_L1, "wheelchair"_L1, "directions"_L1},
                     {"id"_L1, "name"_L1, "town"_L1, "country"_L1, "lat"_L1, "lon"_L1});
    Venue venue;
    venue.id = reader.id(object, "id"_L1, path);
    venue.name = reader.string(object, "name"_L1, path);
    venue.street = reader.string(object, "street"_L1, path);
    venue.postcode = reader.string(object, "postcode"_L1, path, 10);
    venue.town = reader.string(object, "town"_L1, path);
    venue.country = reader.string(object, "country"_L1, path);
    if (!venue.country.isEmpty() && (venue.country.size() != 2 || venue.country.toUpper() != venue.country ||
                                     !venue.country[0].isLetter() || !venue.country[1].isLetter()))
        reader.fail(path.member("country"_L1),
                    QCoreApplication::translate("DirectoryJson",
                                                "expected a two-letter country code such as \"NL\""));
    venue.latitude = reader.number(object, "lat"_L1, path, -90, 90).value_or(0);
    venue.longitude = reader.number(object, "lon"_L1, path, -180, 180).value_or(0);
    venue.wheelchairAccessible = reader.boolean(object, "wheelchair"_L1, path);
    venue.directions = reader.localizedText(object, "directions"_L1, path, LineBreaks::Allowed);
    return venue;
}

// "online": {"url": ..., "phone": ...}, of a meeting online or hybrid.
template<class Json>
void readOnline(Reader<Json> &reader, const typename Json::Object &object, const Path &path, Meeting &meeting)
{
    const Path where = path.member("online"_L1);
    if (!object.value("online"_L1).isObject()) {
        reader.fail(where, QCoreApplication::translate("DirectoryJson",
                                                       "expected an object with \"url\" and/or \"phone\""));
        return;
    }
    const auto online = object.value("online"_L1).toObject();
    reader.checkKeys(online, where, {"url"_L1, "phone"_L1});
    meeting.onlineUrl = reader.string(online, "url"_L1, where, 500);
    meeting.onlinePhone = reader.string(online, "phone"_L1, where, 40);
    if (!meeting.onlineUrl.isEmpty() && !meeting.onlineUrl.startsWith(u"https://"))
        reader.fail(where.member("url"_L1),
                    QCoreApplication::translate("DirectoryJson", "expected an https:// address"));
}

// Where a meeting is held: "attendance", "venue", "room" and "online".
template<class Json>
void readWhere(Reader<Json> &reader, const typename Json::Object &object, const Path &path, Meeting &meeting)
{
    const QString attendance =
        reader.oneOf(object, "attendance"_L1, path, {"in_person"_L1, "online"_L1, "hybrid"_L1});
    meeting.attendance = attendance == u"online"   ? Attendance::Online
                         : attendance == u"hybrid" ? Attendance::Hybrid
                                                   : Attendance::InPerson;
    meeting.venueId = reader.shared(reader.id(object, "venue"_L1, path));
    if (meeting.hasVenue() && meeting.venueId.isEmpty() && !object.contains("venue"_L1))
        reader.fail(path,
                    QCoreApplication::translate("DirectoryJson", "a meeting in person needs a \"venue\""));
    if (!meeting.hasVenue() && object.contains("venue"_L1))
        reader.fail(
            path.member("venue"_L1),
            QCoreApplication::translate("DirectoryJson", "an online meeting has no venue; use \"hybrid\""));
    meeting.room = reader.shared(reader.string(object, "room"_L1, path));

    if (object.contains("online"_L1))
        readOnline(reader, object, path, meeting);
    if (meeting.isOnline() && meeting.onlineUrl.isEmpty() && meeting.onlinePhone.isEmpty())
        reader.fail(path, QCoreApplication::translate(
                              "DirectoryJson",
                              "an online or hybrid meeting needs \"online\" with a \"url\" or a \"phone\""));
}

// The meeting's "timezone", in which its dates and times are read.
template<class Json>
Zone &readTimeZone(Reader<Json> &reader, const typename Json::Object &object, const Path &path,
                   Meeting &meeting)
{
    meeting.timeZone = reader.shared(reader.string(object, "timezone"_L1, path, 64));
    Zone &zone = reader.zone(meeting.timeZone);
    if (!meeting.timeZone.isEmpty() && !zone.zone.isValid())
        reader.fail(path.member("timezone"_L1),
                    QCoreApplication::translate(
                        "DirectoryJson", "\"%1\" is not an IANA time zone such as \"Europe/Amsterdam\"")
                        .arg(meeting.timeZone));
    return zone;
}

// When a meeting is held as a rule: "start", "duration_minutes" and "rrule".
template<class Json>
void readStartAndRule(Reader<Json> &reader, const typename Json::Object &object, const Path &path, Zone &zone,
                      Meeting &meeting)
{
    if (object.contains("start"_L1))
        meeting.start = reader.localDateTime(object.value("start"_L1), path.member("start"_L1), zone);
    const std::optional<double> duration = reader.number(object, "duration_minutes"_L1, path, 1, 1440);
    meeting.durationMinutes = int(duration.value_or(120));
    if (duration && *duration != meeting.durationMinutes)
        reader.fail(path.member("duration_minutes"_L1),
                    QCoreApplication::translate("DirectoryJson", "expected a whole number of minutes"));

    meeting.rrule = reader.shared(reader.string(object, "rrule"_L1, path, 500));
    if (!meeting.rrule.isEmpty() && !meeting.rrule.startsWith(u"FREQ=") && !meeting.rrule.contains(u";FREQ="))
        reader.fail(path.member("rrule"_L1),
                    QCoreApplication::translate(
                        "DirectoryJson", "expected an RFC 5545 rule such as \"FREQ=WEEKLY;BYDAY=TU\""));
    if (!meeting.rrule.isEmpty() && !object.contains("start"_L1))
        reader.fail(
            path, QCoreApplication::translate("DirectoryJson", "a meeting with \"rrule\" needs a \"start\""));
}

// The exceptions to the rule: "exdates", "rdates" and "breaks".
template<class Json>
void readExceptions(Reader<Json> &reader, const typename Json::Object &object, const Path &path, Zone &zone,
                    Meeting &meeting)
{
    reader.forEach(object, "exdates"_L1, path, [&](const auto &item, const Path &where) {
        meeting.exceptionDates.append(reader.localDateTime(item, where, zone));
    });
    reader.forEach(object, "rdates"_L1, path, [&](const auto &item, const Path &where) {
        meeting.additionalDates.append(reader.localDateTime(item, where, zone));
    });
    reader.forEachObject(object, "breaks"_L1, path, [&](const auto &item, const Path &where) {
        reader.checkKeys(item, where, {"from"_L1, "until"_L1}, {"from"_L1, "until"_L1});
        const DateRange range{reader.date(item.value("from"_L1), where.member("from"_L1)),
                              reader.date(item.value("until"_L1), where.member("until"_L1))};
        if (range.from.isValid() && range.until.isValid() && range.until < range.from)
            reader.fail(where, QCoreApplication::translate("DirectoryJson", "\"until\" is before \"from\""));
        meeting.breaks.append(range);
    });
}

template<class Json>
Meeting readMeeting(Reader<Json> &reader, const typename Json::Object &object, const Path &path)
{
    reader.checkKeys(object, path,
                     {"id"_L1, "name"_L1, "attendance"_L1, "venue"_L1, "room"_L1, "online"_L1, "timezone"_L1,
                      "start"_L1, "duration_minutes"_L1, "rrule"_L1, "exdates"_L1, "rdates"_L1, "breaks"_L1,
                      "schedule_note"_L1, "status"_L1, "languages"_L1},
                     {"id"_L1, "timezone"_L1});
    Meeting meeting;
    meeting.id = reader.id(object, "id"_L1, path);
    meeting.name = reader.string(object, "name"_L1, path);
    readWhere(reader, object, path, meeting);
    Zone &zone = readTimeZone(reader, object, path, meeting);
    readStartAndRule(reader, object, path, zone, meeting);
    readExceptions(reader, object, path, zone, meeting);
    meeting.scheduleNote = reader.localizedText(object, "schedule_note"_L1, path);
    if (!object.contains("start"_L1) && !object.contains("schedule_note"_L1) && meeting.rrule.isEmpty())
        reader.fail(path, QCoreApplication::translate("DirectoryJson",
                                                      "a meeting needs a \"start\" or a \"schedule_note\""));
    meeting.status = reader.oneOf(object, "status"_L1, path, {"active"_L1, "paused"_L1}) == u"paused"
                         ? MeetingStatus::Paused
                         : MeetingStatus::Active;
    meeting.languages = reader.shared(reader.strings(object, "languages"_L1, path));
    return meeting;
}

// name@host.tld, one line, no spaces: enough to tell a typing error from an address.
bool isEmailAddress(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    return at > 0 && text.lastIndexOf(u'@') == at && text.indexOf(u'.', at) > at + 1 &&
           !text.endsWith(u'.') && !text.contains(u' ');
}

// A phone number as people dial it: digits, spaces, "+", "-", "(", ")" and "/", with at least three digits.
bool isPhoneNumber(QStringView text)
{
    const auto digits =
        std::count_if(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    return digits >= 3 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || c == u' ' || c == u'+' || c == u'-' || c == u'(' ||
                      c == u')' || c == u'/';
           });
}

template<class Json>
void readFirstTimerFacts(Reader<Json> &reader, const typename Json::Object &object, const Path &path,
                         Group &group)
{
    const QString cost =
        reader.oneOf(object, "cost"_L1, path, {"free"_L1, "donation"_L1, "fee"_L1, "membership"_L1});
    group.cost = cost == u"free"         ? Cost::Free
                 : cost == u"donation"   ? Cost::Donation
                 : cost == u"fee"        ? Cost::Fee
                 : cost == u"membership" ? Cost::Membership
                                         : Cost::Unknown;
    group.costNote = reader.localizedText(object, "cost_note"_L1, path);
    const QString firstVisit = reader.oneOf(object, "first_visit"_L1, path, {"walk_in"_L1, "call_first"_L1});
    group.firstVisit = firstVisit == u"walk_in"      ? FirstVisit::WalkIn
                       : firstVisit == u"call_first" ? FirstVisit::CallFirst
                                                     : FirstVisit::Unknown;
    const QString type = reader.oneOf(object, "group_type"_L1, path, {"open"_L1, "closed"_L1});
    group.groupType = type == u"open"     ? GroupType::Open
                      : type == u"closed" ? GroupType::Closed
                                          : GroupType::Unknown;
    group.howToJoin = reader.localizedText(object, "how_to_join"_L1, path, LineBreaks::Allowed);
    const QString ledBy = reader.oneOf(object, "led_by"_L1, path, {"peers"_L1, "peers_with_professional"_L1});
    group.ledBy = ledBy == u"peers"                     ? Leadership::Peers
                  : ledBy == u"peers_with_professional" ? Leadership::PeersWithProfessional
                                                        : Leadership::Unknown;
    reader.forEach(object, "target_groups"_L1, path, [&](const auto &item, const Path &where) {
        const QString name = item.toString();
        const quint8 bit = !item.isString()          ? 0
                           : name == u"women"        ? quint8(TargetGroup::Women)
                           : name == u"men"          ? quint8(TargetGroup::Men)
                           : name == u"young_people" ? quint8(TargetGroup::YoungPeople)
                           : name == u"lgbtq"        ? quint8(TargetGroup::Lgbtq)
                                                     : 0;
        if (bit == 0)
            reader.fail(where, QCoreApplication::translate("DirectoryJson", "expected one of: %1")
                                   .arg(QStringLiteral("women, men, young_people, lgbtq")));
        else if (group.targetGroups & bit)
            reader.fail(where,
                        QCoreApplication::translate("DirectoryJson", "\"%1\" is listed twice").arg(name));
        group.targetGroups |= bit;
    });
}

// At most this many agreements, each one or two sentences: a list read aloud, not a rule book.
constexpr qsizetype maxAgreements = 20;
constexpr qsizetype maxAgreementLength = 300;

// "meeting_texts": {"opening": {...}, "agreements": [{...}, ...], "closing": {...}}, of a group or the
// network.
template<class Json>
MeetingTexts readMeetingTexts(Reader<Json> &reader, const typename Json::Object &object, const Path &path)
{
    MeetingTexts texts;
    if (!object.contains("meeting_texts"_L1))
        return texts;
    const Path where = path.member("meeting_texts"_L1);
    if (!object.value("meeting_texts"_L1).isObject()) {
        reader.fail(where, QCoreApplication::translate(
                               "DirectoryJson",
                               "expected an object with \"opening\", \"agreements\" and/or \"closing\""));
        return texts;
    }
    const auto value = object.value("meeting_texts"_L1).toObject();
    reader.checkKeys(value, where, {"opening"_L1, "agreements"_L1, "closing"_L1});
    texts.opening = reader.localizedText(value, "opening"_L1, where, LineBreaks::Allowed);
    texts.closing = reader.localizedText(value, "closing"_L1, where, LineBreaks::Allowed);
    reader.forEachObject(value, "agreements"_L1, where, [&](const auto &item, const Path &at) {
        if (texts.agreements.size() == maxAgreements) {
            reader.fail(
                at,
                QCoreApplication::translate("DirectoryJson", "more than %1 agreements").arg(maxAgreements));
            return;
        }
        reader.checkKeys(item, at, {"nl"_L1, "en"_L1, "fr"_L1}, {"nl"_L1});
        texts.agreements.append({reader.string(item, "nl"_L1, at, maxAgreementLength),
                                 reader.string(item, "en"_L1, at, maxAgreementLength),
                                 reader.string(item, "fr"_L1, at, maxAgreementLength)});
    });
    if (value.value("agreements"_L1).isArray() && value.value("agreements"_L1).toArray().size() == 0)
        reader.fail(where.member("agreements"_L1),
                    QCoreApplication::translate("DirectoryJson", "must not be empty"));
    return texts;
}

// A group's "contact": {"email": ..., "phone": ..., "website": ...}.
template<class Json>
void readContact(Reader<Json> &reader, const typename Json::Object &object, const Path &path, Group &group)
{
    const Path where = path.member("contact"_L1);
    if (!object.value("contact"_L1).isObject()) {
        reader.fail(where,
                    QCoreApplication::translate(
                        "DirectoryJson", "expected an object with \"email\", \"phone\" and/or \"website\""));
        return;
    }
    const auto contact = object.value("contact"_L1).toObject();
    reader.checkKeys(contact, where, {"email"_L1, "phone"_L1, "website"_L1});
    group.contact.email = reader.string(contact, "email"_L1, where);
    group.contact.phone = reader.string(contact, "phone"_L1, where, 40);
    group.contact.website = reader.string(contact, "website"_L1, where, 500);
    if (!group.contact.email.isEmpty() && !group.contact.email.contains(u'@'))
        reader.fail(where.member("email"_L1),
                    QCoreApplication::translate("DirectoryJson", "expected an e-mail address"));
    if (!group.contact.website.isEmpty() && !group.contact.website.startsWith(u"https://") &&
        !group.contact.website.startsWith(u"http://"))
        reader.fail(
            where.member("website"_L1),
            QCoreApplication::translate("DirectoryJson", "expected a web address starting with https://"));
}

template<class Json>
Group readGroup(Reader<Json> &reader, const typename Json::Object &object, const Path &path)
{
    reader.checkKeys(object, path,
                     {"id"_L1, "name"_L1, "summary"_L1, "themes"_L1, "audience"_L1, "keywords"_L1,
                      "languages"_L1, "contact"_L1, "meetings"_L1, "cost"_L1, "cost_note"_L1,
                      "first_visit"_L1, "group_type"_L1, "how_to_join"_L1, "led_by"_L1, "target_groups"_L1,
                      "meeting_texts"_L1},
                     {"id"_L1, "name"_L1, "meetings"_L1});
    Group group;
    group.id = reader.id(object, "id"_L1, path);
    group.name = reader.string(object, "name"_L1, path);
    group.summary = reader.localizedText(object, "summary"_L1, path, LineBreaks::Allowed);
    group.themeIds = reader.shared(reader.strings(object, "themes"_L1, path));
    const QString audience =
        reader.oneOf(object, "audience"_L1, path, {"self"_L1, "relatives"_L1, "both"_L1});
    group.audience = audience == u"relatives" ? Audience::Relatives
                     : audience == u"both"    ? Audience::Both
                                              : Audience::Self;
    group.keywords = reader.strings(object, "keywords"_L1, path);
    if (object.contains("languages"_L1))
        group.languages = reader.shared(reader.strings(object, "languages"_L1, path));
    if (object.contains("contact"_L1))
        readContact(reader, object, path, group);
    readFirstTimerFacts(reader, object, path, group);
    group.meetingTexts = readMeetingTexts(reader, object, path);
    if (object.contains("meetings"_L1) && !object.value("meetings"_L1).isArray())
        reader.fail(path.member("meetings"_L1),
                    QCoreApplication::translate("DirectoryJson", "expected an array"));
    group.meetings.reserve(object.value("meetings"_L1).toArray().size());
    reader.forEachObject(object, "meetings"_L1, path, [&](const auto &item, const Path &where) {
        group.meetings.append(readMeeting(reader, item, where));
    });
    return group;
}

// Reports an id seen before in its kind; meeting ids are unique in the whole directory.
class IdRegister
{
public:
    template<class Json> void add(Reader<Json> &reader, const QString &id, const Path &path)
    {
        if (id.isEmpty())
            return;
        const qsizetype seen = m_seen.size();
        if (m_seen.insert(id); m_seen.size() == seen)
            reader.fail(path.member("id"_L1),
                        QCoreApplication::translate("DirectoryJson", "duplicate id \"%1\"").arg(id));
    }
    [[nodiscard]] bool contains(const QString &id) const { return m_seen.contains(id); }

private:
    QSet<QString> m_seen;
};

// The directory's "network": who publishes it, and the texts for every meeting.
struct Network {
    QString name;
    QString website;
    QString phone;
    QString email;
    MeetingTexts texts;
};

template<class Json>
Network readNetwork(Reader<Json> &reader, const typename Json::Object &object, const Path &root)
{
    const Path where = root.member("network"_L1);
    const auto value = object.value("network"_L1).toObject();
    if (!object.value("network"_L1).isObject())
        reader.fail(where, QCoreApplication::translate("DirectoryJson",
                                                       "expected an object with \"name\" and \"website\""));
    reader.checkKeys(value, where, {"name"_L1, "website"_L1, "phone"_L1, "email"_L1, "meeting_texts"_L1});
    Network network;
    network.texts = readMeetingTexts(reader, value, where);
    network.name = reader.string(value, "name"_L1, where);
    network.website = reader.string(value, "website"_L1, where, 500);
    network.phone = reader.string(value, "phone"_L1, where, 40);
    network.email = reader.string(value, "email"_L1, where);
    if (!network.phone.isEmpty() && !isPhoneNumber(network.phone))
        reader.fail(where.member("phone"_L1),
                    QCoreApplication::translate("DirectoryJson",
                                                "expected a phone number such as \"+31 40 123 45 67\""));
    if (!network.email.isEmpty() && !isEmailAddress(network.email))
        reader.fail(where.member("email"_L1),
                    QCoreApplication::translate("DirectoryJson", "expected an e-mail address"));
    return network;
}

// The objects of the root's array `key` (themes or venues), each read by `readItem`, their ids registered.
template<class Json, class ReadItem>
auto readListWithIds(Reader<Json> &reader, const typename Json::Object &object, QLatin1StringView key,
                     const Path &root, IdRegister &ids, ReadItem readItem)
{
    QList<decltype(readItem(reader, object, root))> list;
    reader.forEachObject(object, key, root, [&](const auto &item, const Path &where) {
        list.append(readItem(reader, item, where));
        ids.add(reader, list.last().id, where);
    });
    return list;
}

// What a group refers to by id, its themes and its meetings' venues, must be in the directory; its meetings'
// ids must be unique in the whole directory.
template<class Json>
void checkReferences(Reader<Json> &reader, const Group &group, const Path &where, const IdRegister &themeIds,
                     const IdRegister &venueIds, IdRegister &meetingIds)
{
    for (qsizetype i = 0; i < group.themeIds.size(); ++i) {
        if (!themeIds.contains(group.themeIds[i]))
            reader.fail(
                where.member("themes"_L1).at(i),
                QCoreApplication::translate("DirectoryJson", "unknown theme \"%1\"").arg(group.themeIds[i]));
    }
    const Path meetings = where.member("meetings"_L1);
    for (qsizetype i = 0; i < group.meetings.size(); ++i) {
        const Path meetingPath = meetings.at(i);
        const Meeting &meeting = group.meetings[i];
        meetingIds.add(reader, meeting.id, meetingPath);
        if (!meeting.venueId.isEmpty() && !venueIds.contains(meeting.venueId))
            reader.fail(
                meetingPath.member("venue"_L1),
                QCoreApplication::translate("DirectoryJson", "unknown venue \"%1\"").arg(meeting.venueId));
    }
}

template<class Json>
QList<Group> readGroups(Reader<Json> &reader, const typename Json::Object &object, const Path &root,
                        const IdRegister &themeIds, const IdRegister &venueIds)
{
    QList<Group> groups;
    groups.reserve(object.value("groups"_L1).toArray().size());
    IdRegister groupIds;
    IdRegister meetingIds;
    if (object.contains("groups"_L1) && !object.value("groups"_L1).isArray())
        reader.fail(root.member("groups"_L1),
                    QCoreApplication::translate("DirectoryJson", "expected an array"));
    reader.forEachObject(object, "groups"_L1, root, [&](const auto &item, const Path &where) {
        Group group = readGroup(reader, item, where);
        groupIds.add(reader, group.id, where);
        checkReferences(reader, group, where, themeIds, venueIds, meetingIds);
        groups.append(std::move(group));
    });
    return groups;
}

template<class Json> bool isKringDirectory(const typename Json::Object &object)
{
    const auto format = object.value("format"_L1);
    return format.isString() && format.toString() == formatName;
}

template<class Json> Result<Directory> read(const typename Json::Object &object, const QString &sourceName)
{
    if (!isKringDirectory<Json>(object))
        return Error{
            QCoreApplication::translate(
                "DirectoryJson",
                "%1: $.format: expected \"%2\"; this is not a Kring directory or it is of a newer version")
                .arg(sourceName, formatName)};
    Reader<Json> reader(sourceName);
    const Path root;
    reader.checkKeys(
        object, root,
        {"format"_L1, "version"_L1, "network"_L1, "updated"_L1, "themes"_L1, "venues"_L1, "groups"_L1},
        {"groups"_L1});
    const Network network = object.contains("network"_L1) ? readNetwork(reader, object, root) : Network();
    const qint64 version = reader.wholeNumber(object, "version"_L1, root, 1, maxVersion).value_or(0);
    const QDate updated = object.contains("updated"_L1)
                              ? reader.date(object.value("updated"_L1), root.member("updated"_L1))
                              : QDate();
    IdRegister themeIds;
    QList<Theme> themes = readListWithIds(reader, object, "themes"_L1, root, themeIds, readTheme<Json>);
    IdRegister venueIds;
    QList<Venue> venues = readListWithIds(reader, object, "venues"_L1, root, venueIds, readVenue<Json>);
    QList<Group> groups = readGroups(reader, object, root, themeIds, venueIds);
    if (reader.failed())
        return Error{reader.report()};

    Directory directory(std::move(themes), std::move(venues), std::move(groups));
    directory.networkName = network.name;
    directory.networkWebsite = network.website;
    directory.networkPhone = network.phone;
    directory.networkEmail = network.email;
    directory.meetingTexts = network.texts;
    directory.updated = updated;
    directory.version = version;
    return directory;
}

} // namespace

Result<Directory> parse(const QByteArray &json, const QString &sourceName)
{
    // A directory that is plain JSON without problems is read from a JsonTree, quickly, one group at a time;
    // any other is read again from a QJsonDocument, for its errors.
    if (const auto tree = json::JsonTree::read(json, json::JsonTree::Items::ReadWhenVisited)) {
        if (auto directory = read<TreeJson>(tree->root().toObject(), sourceName))
            return directory;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - before.lastIndexOf('\n'));
        return Error{
            QCoreApplication::translate("DirectoryJson", "%1: line %2, column %3: not valid JSON (%4)")
                .arg(sourceName)
                .arg(line)
                .arg(column)
                .arg(parseError.errorString())};
    }
    if (!document.isObject())
        return Error{
            QCoreApplication::translate("DirectoryJson", "%1: $: expected an object with \"format\": \"%2\"")
                .arg(sourceName, formatName)};
    return read<QtJson>(document.object(), sourceName);
}

} // namespace kring::DirectoryJson
