// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryjson.h"

#include "jsontree.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <unordered_map>

using namespace Qt::Literals::StringLiterals;

namespace kring::DirectoryJson {
namespace {

constexpr int maxReportedProblems = 20;
constexpr qsizetype maxNameLength = 200;
constexpr qsizetype maxTextLength = 4000;

// 1-64 characters a-z, 0-9, '.', '_', '-'.
bool isId(QStringView text)
{
    return !text.isEmpty() && text.size() <= 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
    });
}

// Where a value is, such as $.groups[3].meetings[1]; spelled out only for a problem. A path refers to the
// path it extends, which has to outlive it.
class Path
{
public:
    Path() = default; // $
    Path(const Path &) = delete;
    Path &operator=(const Path &) = delete;

    [[nodiscard]] Path member(QLatin1StringView key) const { return Path(this, key, -1); }
    [[nodiscard]] Path at(qsizetype index) const { return Path(this, {}, index); }
    [[nodiscard]] QString toString() const
    {
        if (!m_parent)
            return QStringLiteral("$");
        if (m_index < 0)
            return m_parent->toString() + QLatin1Char('.') + m_key;
        return m_parent->toString() + u'[' + QString::number(m_index) + u']';
    }

private:
    Path(const Path *parent, QLatin1StringView key, qsizetype index)
        : m_parent(parent)
        , m_key(key)
        , m_index(index)
    {}

    const Path *m_parent = nullptr;
    QLatin1StringView m_key;
    qsizetype m_index = -1;
};

// A time zone by IANA id and the local date-times read in it: a directory has a handful of zones, and
// building a QTimeZone, or a QDateTime in one, is not cheap.
struct Zone {
    QTimeZone zone;
    QHash<QString, QDateTime> dateTimes;
};

// The JSON classes read: JsonTree's first, QJsonDocument's when a JsonTree cannot be read or has a problem.
struct TreeJson {
    using Value = JsonTree::Value;
    using Object = JsonTree::Object;
};
struct QtJson {
    using Value = QJsonValue;
    using Object = QJsonObject;
};

// Walks the JSON tree, keeps the path it is at, and collects problems instead of stopping at the first.
template<class Json> class Reader
{
public:
    using Value = typename Json::Value;
    using Object = typename Json::Object;

    explicit Reader(QString sourceName)
        : m_sourceName(std::move(sourceName))
    {}

    void fail(const Path &path, const QString &problem)
    {
        if (m_problems.size() < maxReportedProblems)
            m_problems.append(QStringLiteral("%1: %2: %3").arg(m_sourceName, path.toString(), problem));
        ++m_problemCount;
    }
    [[nodiscard]] bool failed() const { return m_problemCount > 0; }
    [[nodiscard]] QString report() const
    {
        QStringList lines = m_problems;
        if (m_problemCount > m_problems.size())
            lines.append(QCoreApplication::translate("DirectoryJson", "%n more problem(s) not shown", nullptr,
                                                     int(m_problemCount - m_problems.size())));
        return lines.join(QLatin1Char('\n'));
    }

    // Reports keys that are not allowed and required keys that are missing.
    void checkKeys(const Object &object, const Path &path, std::initializer_list<QLatin1StringView> allowed,
                   std::initializer_list<QLatin1StringView> required = {})
    {
        // Counting the allowed keys present is cheap; only when some key is not among them are the keys
        // listed.
        const auto present = std::count_if(allowed.begin(), allowed.end(),
                                           [&](QLatin1StringView name) { return object.contains(name); });
        if (present != object.size()) {
            for (const QString &key : object.keys()) {
                if (std::none_of(allowed.begin(), allowed.end(),
                                 [&](QLatin1StringView name) { return name == key; }))
                    fail(path, QCoreApplication::translate("DirectoryJson", "unknown key \"%1\"").arg(key));
            }
        }
        for (QLatin1StringView key : required) {
            if (!object.contains(key))
                fail(path,
                     QCoreApplication::translate("DirectoryJson", "missing required key \"%1\"").arg(key));
        }
    }

    QString string(const Object &object, QLatin1StringView key, const Path &path,
                   qsizetype maxLength = maxNameLength)
    {
        const Value value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            fail(path.member(key), QCoreApplication::translate("DirectoryJson", "expected a string"));
            return {};
        }
        QString text = value.toString().trimmed();
        if (text.isEmpty())
            fail(path.member(key), QCoreApplication::translate("DirectoryJson", "must not be empty"));
        else if (text.size() > maxLength)
            fail(path.member(key),
                 QCoreApplication::translate("DirectoryJson", "longer than %1 characters").arg(maxLength));
        return text;
    }

    QString id(const Object &object, QLatin1StringView key, const Path &path)
    {
        const QString value = string(object, key, path);
        if (!value.isEmpty() && !isId(value))
            fail(path.member(key),
                 QCoreApplication::translate("DirectoryJson",
                                             "\"%1\" is not an id (1-64 characters a-z, 0-9, '.', '_', '-')")
                     .arg(value));
        return value;
    }

    QString oneOf(const Object &object, QLatin1StringView key, const Path &path,
                  std::initializer_list<QLatin1StringView> choices)
    {
        const QString value = string(object, key, path);
        if (!value.isEmpty() && std::find(choices.begin(), choices.end(), value) == choices.end()) {
            const QStringList names(choices.begin(), choices.end());
            fail(path.member(key), QCoreApplication::translate("DirectoryJson", "\"%1\" is not one of: %2")
                                       .arg(value, names.join(QStringLiteral(", "))));
        }
        return value;
    }

    std::optional<double> number(const Object &object, QLatin1StringView key, const Path &path, double min,
                                 double max)
    {
        const Value value = object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        const double number = value.toDouble(qQNaN());
        if (!value.isDouble() || !std::isfinite(number) || number < min || number > max) {
            fail(path.member(key),
                 QCoreApplication::translate("DirectoryJson", "expected a number from %1 to %2")
                     .arg(min)
                     .arg(max));
            return std::nullopt;
        }
        return number;
    }

    std::optional<bool> boolean(const Object &object, QLatin1StringView key, const Path &path)
    {
        const Value value = object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isBool()) {
            fail(path.member(key), QCoreApplication::translate("DirectoryJson", "expected true or false"));
            return std::nullopt;
        }
        return value.toBool();
    }

    QStringList strings(const Object &object, QLatin1StringView key, const Path &path)
    {
        QStringList result;
        forEach(object, key, path, [&](const Value &item, const Path &where) {
            const QString text = item.toString();
            if (!item.isString() || text.trimmed().isEmpty())
                fail(where, QCoreApplication::translate("DirectoryJson", "expected a non-empty string"));
            else if (text.size() > maxNameLength)
                fail(where, QCoreApplication::translate("DirectoryJson", "longer than %1 characters")
                                .arg(maxNameLength));
            else
                result.append(text.trimmed());
        });
        return result;
    }

    LocalizedText localizedText(const Object &object, QLatin1StringView key, const Path &path)
    {
        const Value value = object.value(key);
        if (value.isUndefined())
            return {};
        const Path where = path.member(key);
        if (!value.isObject()) {
            fail(where, QCoreApplication::translate(
                            "DirectoryJson",
                            "expected an object with the text per language, such as {\"nl\": \"...\"}"));
            return {};
        }
        const Object text = value.toObject();
        checkKeys(text, where, {QLatin1StringView("nl"), QLatin1StringView("en"), QLatin1StringView("fr")},
                  {QLatin1StringView("nl")});
        return {string(text, QLatin1StringView("nl"), where, maxTextLength),
                string(text, QLatin1StringView("en"), where, maxTextLength),
                string(text, QLatin1StringView("fr"), where, maxTextLength)};
    }

    QDateTime localDateTime(const Value &value, const Path &where, Zone &zone)
    {
        const QString text = value.toString();
        if (const auto known = zone.dateTimes.constFind(text);
            known != zone.dateTimes.cend() && value.isString())
            return *known;
        // "YYYY-MM-DDTHH:MM", read digit by digit.
        const auto digits = [&](qsizetype from, qsizetype count) {
            int number = 0;
            for (qsizetype i = from; i < from + count; ++i) {
                if (!text[i].isDigit() || text[i].unicode() > '9')
                    return -1;
                number = number * 10 + (text[i].unicode() - '0');
            }
            return number;
        };
        const bool shaped =
            text.size() == 16 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':';
        const int year = shaped ? digits(0, 4) : -1, month = shaped ? digits(5, 2) : -1,
                  day = shaped ? digits(8, 2) : -1, hour = shaped ? digits(11, 2) : -1,
                  minute = shaped ? digits(14, 2) : -1;
        const bool matched = year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0;
        const QDate date = matched ? QDate(year, month, day) : QDate();
        const QTime time = matched ? QTime(hour, minute) : QTime();
        if (!value.isString() || !date.isValid() || !time.isValid()) {
            fail(where, QCoreApplication::translate(
                            "DirectoryJson", "expected a local date-time such as \"2026-01-13T19:30\""));
            return {};
        }
        const QDateTime dateTime(date, time, zone.zone.isValid() ? zone.zone : QTimeZone::utc());
        zone.dateTimes.insert(text, dateTime);
        return dateTime;
    }

    QDate date(const Value &value, const Path &where)
    {
        const QDate date = value.isString() && value.toString().size() == 10
                               ? QDate::fromString(value.toString(), Qt::ISODate)
                               : QDate();
        if (!date.isValid())
            fail(where,
                 QCoreApplication::translate("DirectoryJson", "expected a date such as \"2026-07-01\""));
        return date;
    }

    // Calls `each` for every item of the array at `key`; reports a value that is not an array.
    template<class Each>
    void forEach(const Object &object, QLatin1StringView key, const Path &path, const Each &each)
    {
        const Value value = object.value(key);
        if (value.isUndefined())
            return;
        const Path where = path.member(key);
        if (!value.isArray()) {
            fail(where, QCoreApplication::translate("DirectoryJson", "expected an array"));
            return;
        }
        qsizetype i = 0;
        for (const auto &item : value.toArray())
            each(Value(item), where.at(i++));
    }

    // Like forEach, for arrays of objects.
    template<class Each>
    void forEachObject(const Object &object, QLatin1StringView key, const Path &path, const Each &each)
    {
        forEach(object, key, path, [&](const Value &item, const Path &where) {
            if (item.isObject())
                each(item.toObject(), where);
            else
                fail(where, QCoreApplication::translate("DirectoryJson", "expected an object"));
        });
    }

    // The zone of `id`; an empty id has an invalid zone.
    Zone &zone(const QString &id)
    {
        auto known = m_zones.find(id);
        if (known == m_zones.end())
            known = m_zones.emplace(id, Zone{id.isEmpty() ? QTimeZone() : QTimeZone(id.toUtf8()), {}}).first;
        return known->second;
    }

private:
    QString m_sourceName;
    std::unordered_map<QString, Zone> m_zones; // references stay valid as zones are added
    QStringList m_problems;
    qsizetype m_problemCount = 0;
};

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
    venue.directions = reader.localizedText(object, "directions"_L1, path);
    return venue;
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

    const QString attendance =
        reader.oneOf(object, "attendance"_L1, path, {"in_person"_L1, "online"_L1, "hybrid"_L1});
    meeting.attendance = attendance == u"online"   ? Attendance::Online
                         : attendance == u"hybrid" ? Attendance::Hybrid
                                                   : Attendance::InPerson;
    meeting.venueId = reader.id(object, "venue"_L1, path);
    if (meeting.hasVenue() && meeting.venueId.isEmpty() && !object.contains("venue"_L1))
        reader.fail(path,
                    QCoreApplication::translate("DirectoryJson", "a meeting in person needs a \"venue\""));
    if (!meeting.hasVenue() && object.contains("venue"_L1))
        reader.fail(
            path.member("venue"_L1),
            QCoreApplication::translate("DirectoryJson", "an online meeting has no venue; use \"hybrid\""));
    meeting.room = reader.string(object, "room"_L1, path);

    if (object.contains("online"_L1)) {
        const Path where = path.member("online"_L1);
        const auto online = object.value("online"_L1).toObject();
        if (!object.value("online"_L1).isObject()) {
            reader.fail(where, QCoreApplication::translate(
                                   "DirectoryJson", "expected an object with \"url\" and/or \"phone\""));
        } else {
            reader.checkKeys(online, where, {"url"_L1, "phone"_L1});
            meeting.onlineUrl = reader.string(online, "url"_L1, where, 500);
            meeting.onlinePhone = reader.string(online, "phone"_L1, where, 40);
            if (!meeting.onlineUrl.isEmpty() && !meeting.onlineUrl.startsWith(u"https://"))
                reader.fail(where.member("url"_L1),
                            QCoreApplication::translate("DirectoryJson", "expected an https:// address"));
        }
    }
    if (meeting.isOnline() && meeting.onlineUrl.isEmpty() && meeting.onlinePhone.isEmpty())
        reader.fail(path, QCoreApplication::translate(
                              "DirectoryJson",
                              "an online or hybrid meeting needs \"online\" with a \"url\" or a \"phone\""));

    meeting.timeZone = reader.string(object, "timezone"_L1, path, 64);
    Zone &zone = reader.zone(meeting.timeZone);
    if (!meeting.timeZone.isEmpty()) {
        if (!zone.zone.isValid())
            reader.fail(path.member("timezone"_L1),
                        QCoreApplication::translate(
                            "DirectoryJson", "\"%1\" is not an IANA time zone such as \"Europe/Amsterdam\"")
                            .arg(meeting.timeZone));
    }

    if (object.contains("start"_L1))
        meeting.start = reader.localDateTime(object.value("start"_L1), path.member("start"_L1), zone);
    const std::optional<double> duration = reader.number(object, "duration_minutes"_L1, path, 1, 1440);
    meeting.durationMinutes = int(duration.value_or(120));
    if (duration && *duration != meeting.durationMinutes)
        reader.fail(path.member("duration_minutes"_L1),
                    QCoreApplication::translate("DirectoryJson", "expected a whole number of minutes"));

    meeting.rrule = reader.string(object, "rrule"_L1, path, 500);
    if (!meeting.rrule.isEmpty() && !meeting.rrule.startsWith(u"FREQ=") && !meeting.rrule.contains(u";FREQ="))
        reader.fail(path.member("rrule"_L1),
                    QCoreApplication::translate(
                        "DirectoryJson", "expected an RFC 5545 rule such as \"FREQ=WEEKLY;BYDAY=TU\""));
    if (!meeting.rrule.isEmpty() && !object.contains("start"_L1))
        reader.fail(
            path, QCoreApplication::translate("DirectoryJson", "a meeting with \"rrule\" needs a \"start\""));

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
    meeting.scheduleNote = reader.localizedText(object, "schedule_note"_L1, path);
    if (!object.contains("start"_L1) && !object.contains("schedule_note"_L1) && meeting.rrule.isEmpty())
        reader.fail(path, QCoreApplication::translate("DirectoryJson",
                                                      "a meeting needs a \"start\" or a \"schedule_note\""));

    meeting.status = reader.oneOf(object, "status"_L1, path, {"active"_L1, "paused"_L1}) == u"paused"
                         ? MeetingStatus::Paused
                         : MeetingStatus::Active;
    meeting.languages = reader.strings(object, "languages"_L1, path);
    return meeting;
}

template<class Json>
Group readGroup(Reader<Json> &reader, const typename Json::Object &object, const Path &path)
{
    reader.checkKeys(object, path,
                     {"id"_L1, "name"_L1, "summary"_L1, "themes"_L1, "audience"_L1, "keywords"_L1,
                      "languages"_L1, "contact"_L1, "meetings"_L1},
                     {"id"_L1, "name"_L1, "meetings"_L1});
    Group group;
    group.id = reader.id(object, "id"_L1, path);
    group.name = reader.string(object, "name"_L1, path);
    group.summary = reader.localizedText(object, "summary"_L1, path);
    group.themeIds = reader.strings(object, "themes"_L1, path);
    const QString audience =
        reader.oneOf(object, "audience"_L1, path, {"self"_L1, "relatives"_L1, "both"_L1});
    group.audience = audience == u"relatives" ? Audience::Relatives
                     : audience == u"both"    ? Audience::Both
                                              : Audience::Self;
    group.keywords = reader.strings(object, "keywords"_L1, path);
    if (object.contains("languages"_L1))
        group.languages = reader.strings(object, "languages"_L1, path);
    if (object.contains("contact"_L1)) {
        const Path where = path.member("contact"_L1);
        if (!object.value("contact"_L1).isObject()) {
            reader.fail(where, QCoreApplication::translate(
                                   "DirectoryJson",
                                   "expected an object with \"email\", \"phone\" and/or \"website\""));
        } else {
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
                reader.fail(where.member("website"_L1),
                            QCoreApplication::translate("DirectoryJson",
                                                        "expected a web address starting with https://"));
        }
    }
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

template<class Json> Result<Directory> read(const typename Json::Object &object, const QString &sourceName)
{
    Reader<Json> reader(sourceName);
    const Path root;
    if (const auto format = object.value("format"_L1); !format.isString() || format.toString() != formatName)
        return Error{
            QCoreApplication::translate(
                "DirectoryJson",
                "%1: $.format: expected \"%2\"; this is not a Kring directory or it is of a newer version")
                .arg(sourceName, formatName)};

    reader.checkKeys(object, root,
                     {"format"_L1, "network"_L1, "updated"_L1, "themes"_L1, "venues"_L1, "groups"_L1},
                     {"groups"_L1});

    QString networkName;
    QString networkWebsite;
    if (object.contains("network"_L1)) {
        const Path where = root.member("network"_L1);
        const auto network = object.value("network"_L1).toObject();
        if (!object.value("network"_L1).isObject())
            reader.fail(where, QCoreApplication::translate(
                                   "DirectoryJson", "expected an object with \"name\" and \"website\""));
        reader.checkKeys(network, where, {"name"_L1, "website"_L1});
        networkName = reader.string(network, "name"_L1, where);
        networkWebsite = reader.string(network, "website"_L1, where, 500);
    }
    const QDate updated = object.contains("updated"_L1)
                              ? reader.date(object.value("updated"_L1), root.member("updated"_L1))
                              : QDate();

    QList<Theme> themes;
    IdRegister themeIds;
    reader.forEachObject(object, "themes"_L1, root, [&](const auto &item, const Path &where) {
        themes.append(readTheme(reader, item, where));
        themeIds.add(reader, themes.last().id, where);
    });
    QList<Venue> venues;
    IdRegister venueIds;
    reader.forEachObject(object, "venues"_L1, root, [&](const auto &item, const Path &where) {
        venues.append(readVenue(reader, item, where));
        venueIds.add(reader, venues.last().id, where);
    });
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
        for (qsizetype i = 0; i < group.themeIds.size(); ++i) {
            if (!themeIds.contains(group.themeIds[i]))
                reader.fail(where.member("themes"_L1).at(i),
                            QCoreApplication::translate("DirectoryJson", "unknown theme \"%1\"")
                                .arg(group.themeIds[i]));
        }
        const Path meetings = where.member("meetings"_L1);
        for (qsizetype i = 0; i < group.meetings.size(); ++i) {
            const Path meetingPath = meetings.at(i);
            const Meeting &meeting = group.meetings[i];
            meetingIds.add(reader, meeting.id, meetingPath);
            if (!meeting.venueId.isEmpty() && !venueIds.contains(meeting.venueId))
                reader.fail(meetingPath.member("venue"_L1),
                            QCoreApplication::translate("DirectoryJson", "unknown venue \"%1\"")
                                .arg(meeting.venueId));
        }
        groups.append(std::move(group));
    });

    if (reader.failed())
        return Error{reader.report()};
    Directory directory(std::move(themes), std::move(venues), std::move(groups));
    directory.networkName = networkName;
    directory.networkWebsite = networkWebsite;
    directory.updated = updated;
    return directory;
}

} // namespace

Result<Directory> parse(const QByteArray &json, const QString &sourceName)
{
    // A directory that is plain JSON without problems is read from a JsonTree, quickly; any other is read
    // again from a QJsonDocument, for its errors.
    if (const auto tree = JsonTree::read(json)) {
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
