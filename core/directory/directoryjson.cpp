// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace kring::DirectoryJson {
namespace {

constexpr int maxReportedProblems = 20;
constexpr qsizetype maxNameLength = 200;
constexpr qsizetype maxTextLength = 4000;

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    return pattern;
}

// Walks the JSON tree, keeps the path it is at, and collects problems instead of stopping at the first.
class Reader
{
public:
    explicit Reader(QString sourceName)
        : m_sourceName(std::move(sourceName))
    {}

    void fail(const QString &path, const QString &problem)
    {
        if (m_problems.size() < maxReportedProblems)
            m_problems.append(QStringLiteral("%1: %2: %3").arg(m_sourceName, path, problem));
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
    void checkKeys(const QJsonObject &object, const QString &path,
                   std::initializer_list<QLatin1StringView> allowed,
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

    QString string(const QJsonObject &object, QLatin1StringView key, const QString &path,
                   qsizetype maxLength = maxNameLength)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            fail(member(path, key), QCoreApplication::translate("DirectoryJson", "expected a string"));
            return {};
        }
        QString text = value.toString().trimmed();
        if (text.isEmpty())
            fail(member(path, key), QCoreApplication::translate("DirectoryJson", "must not be empty"));
        else if (text.size() > maxLength)
            fail(member(path, key),
                 QCoreApplication::translate("DirectoryJson", "longer than %1 characters").arg(maxLength));
        return text;
    }

    QString id(const QJsonObject &object, QLatin1StringView key, const QString &path)
    {
        const QString value = string(object, key, path);
        if (!value.isEmpty() && !idPattern().match(value).hasMatch())
            fail(member(path, key),
                 QCoreApplication::translate("DirectoryJson",
                                             "\"%1\" is not an id (1-64 characters a-z, 0-9, '.', '_', '-')")
                     .arg(value));
        return value;
    }

    QString oneOf(const QJsonObject &object, QLatin1StringView key, const QString &path,
                  const QStringList &choices)
    {
        const QString value = string(object, key, path);
        if (!value.isEmpty() && !choices.contains(value))
            fail(member(path, key), QCoreApplication::translate("DirectoryJson", "\"%1\" is not one of: %2")
                                        .arg(value, choices.join(QStringLiteral(", "))));
        return value;
    }

    std::optional<double> number(const QJsonObject &object, QLatin1StringView key, const QString &path,
                                 double min, double max)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        const double number = value.toDouble(qQNaN());
        if (!value.isDouble() || !std::isfinite(number) || number < min || number > max) {
            fail(member(path, key),
                 QCoreApplication::translate("DirectoryJson", "expected a number from %1 to %2")
                     .arg(min)
                     .arg(max));
            return std::nullopt;
        }
        return number;
    }

    std::optional<bool> boolean(const QJsonObject &object, QLatin1StringView key, const QString &path)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isBool()) {
            fail(member(path, key), QCoreApplication::translate("DirectoryJson", "expected true or false"));
            return std::nullopt;
        }
        return value.toBool();
    }

    QStringList strings(const QJsonObject &object, QLatin1StringView key, const QString &path)
    {
        QStringList result;
        forEach(object, key, path, [&](const QJsonValue &item, const QString &where) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                fail(where, QCoreApplication::translate("DirectoryJson", "expected a non-empty string"));
            else if (item.toString().size() > maxNameLength)
                fail(where, QCoreApplication::translate("DirectoryJson", "longer than %1 characters")
                                .arg(maxNameLength));
            else
                result.append(item.toString().trimmed());
        });
        return result;
    }

    LocalizedText localizedText(const QJsonObject &object, QLatin1StringView key, const QString &path)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        const QString where = member(path, key);
        if (!value.isObject()) {
            fail(where, QCoreApplication::translate(
                            "DirectoryJson",
                            "expected an object with the text per language, such as {\"nl\": \"...\"}"));
            return {};
        }
        const QJsonObject text = value.toObject();
        checkKeys(text, where, {QLatin1StringView("nl"), QLatin1StringView("en"), QLatin1StringView("fr")},
                  {QLatin1StringView("nl")});
        return {string(text, QLatin1StringView("nl"), where, maxTextLength),
                string(text, QLatin1StringView("en"), where, maxTextLength),
                string(text, QLatin1StringView("fr"), where, maxTextLength)};
    }

    QDateTime localDateTime(const QJsonValue &value, const QString &where, const QTimeZone &zone)
    {
        // "YYYY-MM-DDTHH:MM", read digit by digit: this runs for every date of every meeting.
        const QString text = value.toString();
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
        return QDateTime(date, time, zone.isValid() ? zone : QTimeZone::utc());
    }

    QDate date(const QJsonValue &value, const QString &where)
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
    void forEach(const QJsonObject &object, QLatin1StringView key, const QString &path,
                 const std::function<void(const QJsonValue &, const QString &)> &each)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return;
        const QString where = member(path, key);
        if (!value.isArray()) {
            fail(where, QCoreApplication::translate("DirectoryJson", "expected an array"));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            each(array[i], where + u'[' + QString::number(i) + u']');
    }

    // Like forEach, for arrays of objects.
    void forEachObject(const QJsonObject &object, QLatin1StringView key, const QString &path,
                       const std::function<void(const QJsonObject &, const QString &)> &each)
    {
        forEach(object, key, path, [&](const QJsonValue &item, const QString &where) {
            if (item.isObject())
                each(item.toObject(), where);
            else
                fail(where, QCoreApplication::translate("DirectoryJson", "expected an object"));
        });
    }

    // Zones by IANA id: a directory has a handful, and building a QTimeZone is not cheap.
    QTimeZone timeZone(const QString &id)
    {
        auto it = m_zones.constFind(id);
        if (it == m_zones.cend())
            it = m_zones.insert(id, QTimeZone(id.toUtf8()));
        return *it;
    }

    static QString member(const QString &path, QLatin1StringView key)
    {
        return path + QLatin1Char('.') + key;
    }

private:
    QString m_sourceName;
    QHash<QString, QTimeZone> m_zones;
    QStringList m_problems;
    qsizetype m_problemCount = 0;
};

Theme readTheme(Reader &reader, const QJsonObject &object, const QString &path)
{
    reader.checkKeys(object, path, {"id"_L1, "name"_L1, "category"_L1, "keywords"_L1}, {"id"_L1, "name"_L1});
    Theme theme;
    theme.id = reader.id(object, "id"_L1, path);
    theme.name = reader.localizedText(object, "name"_L1, path);
    theme.category = reader.id(object, "category"_L1, path);
    theme.keywords = reader.strings(object, "keywords"_L1, path);
    return theme;
}

Venue readVenue(Reader &reader, const QJsonObject &object, const QString &path)
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
        reader.fail(Reader::member(path, "country"_L1),
                    QCoreApplication::translate("DirectoryJson",
                                                "expected a two-letter country code such as \"NL\""));
    venue.latitude = reader.number(object, "lat"_L1, path, -90, 90).value_or(0);
    venue.longitude = reader.number(object, "lon"_L1, path, -180, 180).value_or(0);
    venue.wheelchairAccessible = reader.boolean(object, "wheelchair"_L1, path);
    venue.directions = reader.localizedText(object, "directions"_L1, path);
    return venue;
}

Meeting readMeeting(Reader &reader, const QJsonObject &object, const QString &path)
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
        reader.oneOf(object, "attendance"_L1, path,
                     {QStringLiteral("in_person"), QStringLiteral("online"), QStringLiteral("hybrid")});
    meeting.attendance = attendance == u"online"   ? Attendance::Online
                         : attendance == u"hybrid" ? Attendance::Hybrid
                                                   : Attendance::InPerson;
    meeting.venueId = reader.id(object, "venue"_L1, path);
    if (meeting.hasVenue() && meeting.venueId.isEmpty() && !object.contains("venue"_L1))
        reader.fail(path,
                    QCoreApplication::translate("DirectoryJson", "a meeting in person needs a \"venue\""));
    if (!meeting.hasVenue() && object.contains("venue"_L1))
        reader.fail(
            Reader::member(path, "venue"_L1),
            QCoreApplication::translate("DirectoryJson", "an online meeting has no venue; use \"hybrid\""));
    meeting.room = reader.string(object, "room"_L1, path);

    if (object.contains("online"_L1)) {
        const QString where = Reader::member(path, "online"_L1);
        const QJsonObject online = object.value("online"_L1).toObject();
        if (!object.value("online"_L1).isObject()) {
            reader.fail(where, QCoreApplication::translate(
                                   "DirectoryJson", "expected an object with \"url\" and/or \"phone\""));
        } else {
            reader.checkKeys(online, where, {"url"_L1, "phone"_L1});
            meeting.onlineUrl = reader.string(online, "url"_L1, where, 500);
            meeting.onlinePhone = reader.string(online, "phone"_L1, where, 40);
            if (!meeting.onlineUrl.isEmpty() && !meeting.onlineUrl.startsWith(u"https://"))
                reader.fail(Reader::member(where, "url"_L1),
                            QCoreApplication::translate("DirectoryJson", "expected an https:// address"));
        }
    }
    if (meeting.isOnline() && meeting.onlineUrl.isEmpty() && meeting.onlinePhone.isEmpty())
        reader.fail(path, QCoreApplication::translate(
                              "DirectoryJson",
                              "an online or hybrid meeting needs \"online\" with a \"url\" or a \"phone\""));

    meeting.timeZone = reader.string(object, "timezone"_L1, path, 64);
    QTimeZone zone;
    if (!meeting.timeZone.isEmpty()) {
        zone = reader.timeZone(meeting.timeZone);
        if (!zone.isValid())
            reader.fail(Reader::member(path, "timezone"_L1),
                        QCoreApplication::translate(
                            "DirectoryJson", "\"%1\" is not an IANA time zone such as \"Europe/Amsterdam\"")
                            .arg(meeting.timeZone));
    }

    if (object.contains("start"_L1))
        meeting.start =
            reader.localDateTime(object.value("start"_L1), Reader::member(path, "start"_L1), zone);
    const std::optional<double> duration = reader.number(object, "duration_minutes"_L1, path, 1, 1440);
    meeting.durationMinutes = int(duration.value_or(120));
    if (duration && *duration != meeting.durationMinutes)
        reader.fail(Reader::member(path, "duration_minutes"_L1),
                    QCoreApplication::translate("DirectoryJson", "expected a whole number of minutes"));

    meeting.rrule = reader.string(object, "rrule"_L1, path, 500);
    if (!meeting.rrule.isEmpty() && !meeting.rrule.startsWith(u"FREQ=") && !meeting.rrule.contains(u";FREQ="))
        reader.fail(Reader::member(path, "rrule"_L1),
                    QCoreApplication::translate(
                        "DirectoryJson", "expected an RFC 5545 rule such as \"FREQ=WEEKLY;BYDAY=TU\""));
    if (!meeting.rrule.isEmpty() && !object.contains("start"_L1))
        reader.fail(
            path, QCoreApplication::translate("DirectoryJson", "a meeting with \"rrule\" needs a \"start\""));

    reader.forEach(object, "exdates"_L1, path, [&](const QJsonValue &item, const QString &where) {
        meeting.exceptionDates.append(reader.localDateTime(item, where, zone));
    });
    reader.forEach(object, "rdates"_L1, path, [&](const QJsonValue &item, const QString &where) {
        meeting.additionalDates.append(reader.localDateTime(item, where, zone));
    });
    reader.forEachObject(object, "breaks"_L1, path, [&](const QJsonObject &item, const QString &where) {
        reader.checkKeys(item, where, {"from"_L1, "until"_L1}, {"from"_L1, "until"_L1});
        const DateRange range{reader.date(item.value("from"_L1), Reader::member(where, "from"_L1)),
                              reader.date(item.value("until"_L1), Reader::member(where, "until"_L1))};
        if (range.from.isValid() && range.until.isValid() && range.until < range.from)
            reader.fail(where, QCoreApplication::translate("DirectoryJson", "\"until\" is before \"from\""));
        meeting.breaks.append(range);
    });
    meeting.scheduleNote = reader.localizedText(object, "schedule_note"_L1, path);
    if (!object.contains("start"_L1) && !object.contains("schedule_note"_L1) && meeting.rrule.isEmpty())
        reader.fail(path, QCoreApplication::translate("DirectoryJson",
                                                      "a meeting needs a \"start\" or a \"schedule_note\""));

    meeting.status = reader.oneOf(object, "status"_L1, path,
                                  {QStringLiteral("active"), QStringLiteral("paused")}) == u"paused"
                         ? MeetingStatus::Paused
                         : MeetingStatus::Active;
    meeting.languages = reader.strings(object, "languages"_L1, path);
    return meeting;
}

Group readGroup(Reader &reader, const QJsonObject &object, const QString &path)
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
        reader.oneOf(object, "audience"_L1, path,
                     {QStringLiteral("self"), QStringLiteral("relatives"), QStringLiteral("both")});
    group.audience = audience == u"relatives" ? Audience::Relatives
                     : audience == u"both"    ? Audience::Both
                                              : Audience::Self;
    group.keywords = reader.strings(object, "keywords"_L1, path);
    if (object.contains("languages"_L1))
        group.languages = reader.strings(object, "languages"_L1, path);
    if (object.contains("contact"_L1)) {
        const QString where = Reader::member(path, "contact"_L1);
        if (!object.value("contact"_L1).isObject()) {
            reader.fail(where, QCoreApplication::translate(
                                   "DirectoryJson",
                                   "expected an object with \"email\", \"phone\" and/or \"website\""));
        } else {
            const QJsonObject contact = object.value("contact"_L1).toObject();
            reader.checkKeys(contact, where, {"email"_L1, "phone"_L1, "website"_L1});
            group.contact.email = reader.string(contact, "email"_L1, where);
            group.contact.phone = reader.string(contact, "phone"_L1, where, 40);
            group.contact.website = reader.string(contact, "website"_L1, where, 500);
            if (!group.contact.email.isEmpty() && !group.contact.email.contains(u'@'))
                reader.fail(Reader::member(where, "email"_L1),
                            QCoreApplication::translate("DirectoryJson", "expected an e-mail address"));
            if (!group.contact.website.isEmpty() && !group.contact.website.startsWith(u"https://") &&
                !group.contact.website.startsWith(u"http://"))
                reader.fail(Reader::member(where, "website"_L1),
                            QCoreApplication::translate("DirectoryJson",
                                                        "expected a web address starting with https://"));
        }
    }
    if (object.contains("meetings"_L1) && !object.value("meetings"_L1).isArray())
        reader.fail(Reader::member(path, "meetings"_L1),
                    QCoreApplication::translate("DirectoryJson", "expected an array"));
    reader.forEachObject(object, "meetings"_L1, path, [&](const QJsonObject &item, const QString &where) {
        group.meetings.append(readMeeting(reader, item, where));
    });
    return group;
}

// Reports an id seen before in its kind; meeting ids are unique in the whole directory.
class IdRegister
{
public:
    void add(Reader &reader, const QString &id, const QString &path)
    {
        if (id.isEmpty())
            return;
        if (m_seen.contains(id))
            reader.fail(Reader::member(path, "id"_L1),
                        QCoreApplication::translate("DirectoryJson", "duplicate id \"%1\"").arg(id));
        m_seen.insert(id);
    }
    [[nodiscard]] bool contains(const QString &id) const { return m_seen.contains(id); }

private:
    QSet<QString> m_seen;
};

} // namespace

Result<Directory> parse(const QByteArray &json, const QString &sourceName)
{
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
    Reader reader(sourceName);
    const QString root = QStringLiteral("$");
    if (!document.isObject())
        return Error{
            QCoreApplication::translate("DirectoryJson", "%1: $: expected an object with \"format\": \"%2\"")
                .arg(sourceName, formatName)};
    const QJsonObject object = document.object();
    if (object.value("format"_L1) != QJsonValue(formatName))
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
        const QString where = Reader::member(root, "network"_L1);
        const QJsonObject network = object.value("network"_L1).toObject();
        if (!object.value("network"_L1).isObject())
            reader.fail(where, QCoreApplication::translate(
                                   "DirectoryJson", "expected an object with \"name\" and \"website\""));
        reader.checkKeys(network, where, {"name"_L1, "website"_L1});
        networkName = reader.string(network, "name"_L1, where);
        networkWebsite = reader.string(network, "website"_L1, where, 500);
    }
    const QDate updated = object.contains("updated"_L1)
                              ? reader.date(object.value("updated"_L1), Reader::member(root, "updated"_L1))
                              : QDate();

    QList<Theme> themes;
    IdRegister themeIds;
    reader.forEachObject(object, "themes"_L1, root, [&](const QJsonObject &item, const QString &where) {
        themes.append(readTheme(reader, item, where));
        themeIds.add(reader, themes.last().id, where);
    });
    QList<Venue> venues;
    IdRegister venueIds;
    reader.forEachObject(object, "venues"_L1, root, [&](const QJsonObject &item, const QString &where) {
        venues.append(readVenue(reader, item, where));
        venueIds.add(reader, venues.last().id, where);
    });
    QList<Group> groups;
    IdRegister groupIds;
    IdRegister meetingIds;
    if (object.contains("groups"_L1) && !object.value("groups"_L1).isArray())
        reader.fail(Reader::member(root, "groups"_L1),
                    QCoreApplication::translate("DirectoryJson", "expected an array"));
    reader.forEachObject(object, "groups"_L1, root, [&](const QJsonObject &item, const QString &where) {
        Group group = readGroup(reader, item, where);
        groupIds.add(reader, group.id, where);
        for (qsizetype i = 0; i < group.themeIds.size(); ++i) {
            if (!themeIds.contains(group.themeIds[i]))
                reader.fail(QStringLiteral("%1.themes[%2]").arg(where).arg(i),
                            QCoreApplication::translate("DirectoryJson", "unknown theme \"%1\"")
                                .arg(group.themeIds[i]));
        }
        for (qsizetype i = 0; i < group.meetings.size(); ++i) {
            const QString meetingPath = QStringLiteral("%1.meetings[%2]").arg(where).arg(i);
            const Meeting &meeting = group.meetings[i];
            meetingIds.add(reader, meeting.id, meetingPath);
            if (!meeting.venueId.isEmpty() && !venueIds.contains(meeting.venueId))
                reader.fail(Reader::member(meetingPath, "venue"_L1),
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

} // namespace kring::DirectoryJson
