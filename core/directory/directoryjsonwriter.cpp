// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the directory (the reading half is directoryjson.cpp): the bytes QJsonDocument::toJson(Compact)
// gives for the directory's JSON (keys in sorted order, strings in UTF-8), written straight into one buffer.
// Building QJsonObjects first cost a second per 100,000 meetings, and the catalog writes every group once
// more. tests/unit/tst_directoryjsonwriter compares both ways.
#include "directoryjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace kring::DirectoryJson {

namespace {

// Text as a JSON string. Plain text is written as UTF-8 between quotes; anything to escape (quotes,
// backslashes, control characters, lone surrogates) is left to QJsonDocument.
void appendString(QByteArray &out, QStringView text)
{
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u != '"' && u != '\\' && u != 0x7f && !QChar::isSurrogate(u);
    });
    if (!plain) {
        const QByteArray array = QJsonDocument(QJsonArray{text.toString()}).toJson(QJsonDocument::Compact);
        out += QByteArrayView(array).sliced(1, array.size() - 2);
        return;
    }
    out += '"';
    out += text.toUtf8();
    out += '"';
}

// A number as QJsonValue writes it, which keeps a whole number as an integer.
void appendNumber(QByteArray &out, double value)
{
    if (value == std::trunc(value) && std::abs(value) < 9007199254740992.0 && !std::signbit(value))
        out += QByteArray::number(qint64(value));
    else
        out += QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).sliced(1);
}

// Objects and arrays, written as they are opened and closed, with the commas between their members and items.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    {}

    void open(char bracket)
    {
        m_out += bracket;
        m_first.push_back(true);
    }
    void close(char bracket)
    {
        m_out += bracket;
        m_first.pop_back();
    }
    // The next member of the object; keys come in sorted order, as QJsonObject keeps them.
    void key(QLatin1StringView name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\":";
    }
    // The next element of the array.
    void element() { separate(); }

    void string(QStringView text) { appendString(m_out, text); }
    void string(QLatin1StringView text)
    {
        m_out += '"';
        m_out += text;
        m_out += '"';
    }
    void integer(qint64 value) { m_out += QByteArray::number(value); }
    void number(double value) { appendNumber(m_out, value); }
    void boolean(bool value) { m_out += value ? "true"_ba : "false"_ba; }
    void strings(const QStringList &values)
    {
        open('[');
        for (const QString &value : values) {
            element();
            string(value);
        }
        close(']');
    }

private:
    void separate()
    {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
    }

    QByteArray &m_out;
    std::vector<bool> m_first;
};

// What QDateTime::toString("yyyy-MM-ddTHH:mm") and QDate::toString(Qt::ISODate) give, without their format
// parsing.
QString localDateTime(const QDateTime &dateTime)
{
    const QDate date = dateTime.date();
    if (!dateTime.isValid() || date.year() < 1000 || date.year() > 9999)
        return dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    const QTime time = dateTime.time();
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d", date.year(), date.month(), date.day(), time.hour(),
                             time.minute());
}

QString isoDate(QDate date)
{
    if (!date.isValid() || date.year() < 1000 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    return QString::asprintf("%04d-%02d-%02d", date.year(), date.month(), date.day());
}

void write(JsonWriter &json, const LocalizedText &text)
{
    json.open('{');
    if (!text.en.isEmpty()) {
        json.key("en"_L1);
        json.string(text.en);
    }
    if (!text.fr.isEmpty()) {
        json.key("fr"_L1);
        json.string(text.fr);
    }
    json.key("nl"_L1);
    json.string(text.nl);
    json.close('}');
}

void writeIfSet(JsonWriter &json, QLatin1StringView key, const QString &value)
{
    if (value.isEmpty())
        return;
    json.key(key);
    json.string(value);
}

void writeIfSet(JsonWriter &json, QLatin1StringView key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    json.key(key);
    json.strings(values);
}

void writeIfSet(JsonWriter &json, QLatin1StringView key, const LocalizedText &text)
{
    if (text.isEmpty())
        return;
    json.key(key);
    write(json, text);
}

void writeIfSet(JsonWriter &json, QLatin1StringView key, const QList<QDateTime> &dateTimes)
{
    if (dateTimes.isEmpty())
        return;
    json.key(key);
    json.open('[');
    for (const QDateTime &dateTime : dateTimes) {
        json.element();
        json.string(localDateTime(dateTime));
    }
    json.close(']');
}

void write(JsonWriter &json, const Meeting &meeting)
{
    json.open('{');
    if (meeting.attendance != Attendance::InPerson) {
        json.key("attendance"_L1);
        json.string(meeting.attendance == Attendance::Online ? "online"_L1 : "hybrid"_L1);
    }
    if (!meeting.breaks.isEmpty()) {
        json.key("breaks"_L1);
        json.open('[');
        for (const DateRange &range : meeting.breaks) {
            json.element();
            json.open('{');
            json.key("from"_L1);
            json.string(isoDate(range.from));
            json.key("until"_L1);
            json.string(isoDate(range.until));
            json.close('}');
        }
        json.close(']');
    }
    json.key("duration_minutes"_L1);
    json.integer(meeting.durationMinutes);
    writeIfSet(json, "exdates"_L1, meeting.exceptionDates);
    json.key("id"_L1);
    json.string(meeting.id);
    writeIfSet(json, "languages"_L1, meeting.languages);
    writeIfSet(json, "name"_L1, meeting.name);
    if (!meeting.onlineUrl.isEmpty() || !meeting.onlinePhone.isEmpty()) {
        json.key("online"_L1);
        json.open('{');
        writeIfSet(json, "phone"_L1, meeting.onlinePhone);
        writeIfSet(json, "url"_L1, meeting.onlineUrl);
        json.close('}');
    }
    writeIfSet(json, "rdates"_L1, meeting.additionalDates);
    writeIfSet(json, "room"_L1, meeting.room);
    writeIfSet(json, "rrule"_L1, meeting.rrule);
    writeIfSet(json, "schedule_note"_L1, meeting.scheduleNote);
    if (meeting.start.isValid()) {
        json.key("start"_L1);
        json.string(localDateTime(meeting.start));
    }
    if (meeting.status == MeetingStatus::Paused) {
        json.key("status"_L1);
        json.string("paused"_L1);
    }
    json.key("timezone"_L1);
    json.string(meeting.timeZone);
    writeIfSet(json, "venue"_L1, meeting.venueId);
    json.close('}');
}

QLatin1StringView costName(Cost cost)
{
    switch (cost) {
    case Cost::Free:
        return "free"_L1;
    case Cost::Donation:
        return "donation"_L1;
    case Cost::Fee:
        return "fee"_L1;
    case Cost::Membership:
        return "membership"_L1;
    case Cost::Unknown:
        break;
    }
    return {};
}

} // namespace

QStringList targetGroupNames(quint8 targetGroups)
{
    QStringList names;
    if (targetGroups & TargetGroup::Women)
        names.append(QStringLiteral("women"));
    if (targetGroups & TargetGroup::Men)
        names.append(QStringLiteral("men"));
    if (targetGroups & TargetGroup::YoungPeople)
        names.append(QStringLiteral("young_people"));
    if (targetGroups & TargetGroup::Lgbtq)
        names.append(QStringLiteral("lgbtq"));
    return names;
}

namespace {

// "meeting_texts", when there are any; keys in sorted order.
void writeIfSet(JsonWriter &json, QLatin1StringView key, const MeetingTexts &texts)
{
    if (texts.isEmpty())
        return;
    json.key(key);
    json.open('{');
    if (!texts.agreements.isEmpty()) {
        json.key("agreements"_L1);
        json.open('[');
        for (const LocalizedText &agreement : texts.agreements) {
            json.element();
            write(json, agreement);
        }
        json.close(']');
    }
    writeIfSet(json, "closing"_L1, texts.closing);
    writeIfSet(json, "opening"_L1, texts.opening);
    json.close('}');
}

void write(JsonWriter &json, const Group &group)
{
    json.open('{');
    json.key("audience"_L1);
    json.string(group.audience == Audience::Relatives ? "relatives"_L1
                : group.audience == Audience::Both    ? "both"_L1
                                                      : "self"_L1);
    if (!group.contact.isEmpty()) {
        json.key("contact"_L1);
        json.open('{');
        writeIfSet(json, "email"_L1, group.contact.email);
        writeIfSet(json, "phone"_L1, group.contact.phone);
        writeIfSet(json, "website"_L1, group.contact.website);
        json.close('}');
    }
    if (const QLatin1StringView cost = costName(group.cost); !cost.isEmpty()) {
        json.key("cost"_L1);
        json.string(cost);
    }
    writeIfSet(json, "cost_note"_L1, group.costNote);
    if (group.firstVisit != FirstVisit::Unknown) {
        json.key("first_visit"_L1);
        json.string(group.firstVisit == FirstVisit::WalkIn ? "walk_in"_L1 : "call_first"_L1);
    }
    if (group.groupType != GroupType::Unknown) {
        json.key("group_type"_L1);
        json.string(group.groupType == GroupType::Open ? "open"_L1 : "closed"_L1);
    }
    writeIfSet(json, "how_to_join"_L1, group.howToJoin);
    json.key("id"_L1);
    json.string(group.id);
    writeIfSet(json, "keywords"_L1, group.keywords);
    json.key("languages"_L1);
    json.strings(group.languages);
    if (group.ledBy != Leadership::Unknown) {
        json.key("led_by"_L1);
        json.string(group.ledBy == Leadership::Peers ? "peers"_L1 : "peers_with_professional"_L1);
    }
    writeIfSet(json, "meeting_texts"_L1, group.meetingTexts); // "_" sorts before "s"
    json.key("meetings"_L1);
    json.open('[');
    for (const Meeting &meeting : group.meetings) {
        json.element();
        write(json, meeting);
    }
    json.close(']');
    json.key("name"_L1);
    json.string(group.name);
    writeIfSet(json, "summary"_L1, group.summary);
    writeIfSet(json, "target_groups"_L1, targetGroupNames(group.targetGroups));
    writeIfSet(json, "themes"_L1, group.themeIds);
    json.close('}');
}

void write(JsonWriter &json, const Theme &theme)
{
    json.open('{');
    writeIfSet(json, "category"_L1, theme.category);
    json.key("id"_L1);
    json.string(theme.id);
    writeIfSet(json, "keywords"_L1, theme.keywords);
    json.key("name"_L1);
    write(json, theme.name);
    json.close('}');
}

void write(JsonWriter &json, const Venue &venue)
{
    json.open('{');
    json.key("country"_L1);
    json.string(venue.country);
    writeIfSet(json, "directions"_L1, venue.directions);
    json.key("id"_L1);
    json.string(venue.id);
    json.key("lat"_L1);
    json.number(venue.latitude);
    json.key("lon"_L1);
    json.number(venue.longitude);
    json.key("name"_L1);
    json.string(venue.name);
    writeIfSet(json, "postcode"_L1, venue.postcode);
    writeIfSet(json, "street"_L1, venue.street);
    json.key("town"_L1);
    json.string(venue.town);
    if (venue.wheelchairAccessible) {
        json.key("wheelchair"_L1);
        json.boolean(*venue.wheelchairAccessible);
    }
    json.close('}');
}

} // namespace

namespace {

// A directory document of `directory`'s network and date, `version` (0: none), and the given themes, venues
// and groups.
QByteArray serializeParts(const Directory &directory, qint64 version, const QList<const Theme *> &themes,
                          const QList<const Venue *> &venues, const Group *groups, qsizetype groupCount)
{
    QByteArray out;
    JsonWriter json(out);
    json.open('{');
    json.key("format"_L1);
    json.string(formatName);
    json.key("groups"_L1);
    json.open('[');
    for (qsizetype i = 0; i < groupCount; ++i) {
        json.element();
        write(json, groups[i]);
    }
    json.close(']');
    if (!directory.networkName.isEmpty() || !directory.networkWebsite.isEmpty() ||
        !directory.networkPhone.isEmpty() || !directory.networkEmail.isEmpty() ||
        !directory.meetingTexts.isEmpty()) {
        json.key("network"_L1);
        json.open('{');
        writeIfSet(json, "email"_L1, directory.networkEmail);
        writeIfSet(json, "meeting_texts"_L1, directory.meetingTexts);
        writeIfSet(json, "name"_L1, directory.networkName);
        writeIfSet(json, "phone"_L1, directory.networkPhone);
        writeIfSet(json, "website"_L1, directory.networkWebsite);
        json.close('}');
    }
    json.key("themes"_L1);
    json.open('[');
    for (const Theme *theme : themes) {
        json.element();
        write(json, *theme);
    }
    json.close(']');
    if (directory.updated.isValid()) {
        json.key("updated"_L1);
        json.string(isoDate(directory.updated));
    }
    json.key("venues"_L1);
    json.open('[');
    for (const Venue *venue : venues) {
        json.element();
        write(json, *venue);
    }
    json.close(']');
    if (version > 0) {
        json.key("version"_L1);
        json.integer(version);
    }
    json.close('}');
    return out;
}

} // namespace

QByteArray serialize(const Directory &directory)
{
    QList<const Theme *> themes;
    themes.reserve(directory.themes().size());
    for (const Theme &theme : directory.themes())
        themes.append(&theme);
    QList<const Venue *> venues;
    venues.reserve(directory.venues().size());
    for (const Venue &venue : directory.venues())
        venues.append(&venue);
    return serializeParts(directory, directory.version, themes, venues, directory.groups().constData(),
                          directory.groups().size());
}

QByteArray serializeGroup(const Directory &directory, const Group &group)
{
    QList<const Theme *> themes;
    for (const QString &id : group.themeIds) {
        if (const Theme *theme = directory.theme(id))
            themes.append(theme);
    }
    QList<const Venue *> venues;
    for (const Meeting &meeting : group.meetings) {
        if (!meeting.hasVenue())
            continue;
        const Venue *venue = directory.venue(meeting.venueId);
        if (venue && !venues.contains(venue))
            venues.append(venue);
    }
    return serializeParts(directory, 0, themes, venues, &group, 1);
}

} // namespace kring::DirectoryJson
