// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryJson::serialize writes JSON straight into a buffer; it must give the very bytes the writer before
// it gave through QJsonObject and QJsonDocument (that writer is kept below as the reference): the publisher
// signs these bytes and the store keeps them.
#include "directory/directoryjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

// The writer before, through QJsonObject and QJsonDocument.
namespace reference {
using namespace kring;
using kring::DirectoryJson::formatName;

namespace {

QJsonValue toJson(const LocalizedText &text)
{
    QJsonObject object{{"nl"_L1, text.nl}};
    if (!text.en.isEmpty())
        object.insert("en"_L1, text.en);
    if (!text.fr.isEmpty())
        object.insert("fr"_L1, text.fr);
    return object;
}

QString localDateTime(const QDateTime &dateTime)
{
    return dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

void insertIfSet(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertIfSet(QJsonObject &object, QLatin1StringView key, const QStringList &values)
{
    if (!values.isEmpty())
        object.insert(key, QJsonArray::fromStringList(values));
}

void insertIfSet(QJsonObject &object, QLatin1StringView key, const LocalizedText &text)
{
    if (!text.isEmpty())
        object.insert(key, toJson(text));
}

void insertIfSet(QJsonObject &object, QLatin1StringView key, const MeetingTexts &texts)
{
    if (texts.isEmpty())
        return;
    QJsonObject value;
    insertIfSet(value, "opening"_L1, texts.opening);
    if (!texts.agreements.isEmpty()) {
        QJsonArray agreements;
        for (const LocalizedText &agreement : texts.agreements)
            agreements.append(toJson(agreement));
        value.insert("agreements"_L1, agreements);
    }
    insertIfSet(value, "closing"_L1, texts.closing);
    object.insert(key, value);
}

QJsonObject toJson(const Meeting &meeting)
{
    QJsonObject object{{"id"_L1, meeting.id}, {"timezone"_L1, meeting.timeZone}};
    insertIfSet(object, "name"_L1, meeting.name);
    if (meeting.attendance != Attendance::InPerson)
        object.insert("attendance"_L1, meeting.attendance == Attendance::Online ? "online"_L1 : "hybrid"_L1);
    insertIfSet(object, "venue"_L1, meeting.venueId);
    insertIfSet(object, "room"_L1, meeting.room);
    if (!meeting.onlineUrl.isEmpty() || !meeting.onlinePhone.isEmpty()) {
        QJsonObject online;
        insertIfSet(online, "url"_L1, meeting.onlineUrl);
        insertIfSet(online, "phone"_L1, meeting.onlinePhone);
        object.insert("online"_L1, online);
    }
    if (meeting.start.isValid())
        object.insert("start"_L1, localDateTime(meeting.start));
    object.insert("duration_minutes"_L1, meeting.durationMinutes);
    insertIfSet(object, "rrule"_L1, meeting.rrule);
    const auto dateTimes = [](const QList<QDateTime> &list) {
        QJsonArray array;
        for (const QDateTime &dateTime : list)
            array.append(localDateTime(dateTime));
        return array;
    };
    if (!meeting.exceptionDates.isEmpty())
        object.insert("exdates"_L1, dateTimes(meeting.exceptionDates));
    if (!meeting.additionalDates.isEmpty())
        object.insert("rdates"_L1, dateTimes(meeting.additionalDates));
    if (!meeting.breaks.isEmpty()) {
        QJsonArray breaks;
        for (const DateRange &range : meeting.breaks)
            breaks.append(QJsonObject{{"from"_L1, range.from.toString(Qt::ISODate)},
                                      {"until"_L1, range.until.toString(Qt::ISODate)}});
        object.insert("breaks"_L1, breaks);
    }
    insertIfSet(object, "schedule_note"_L1, meeting.scheduleNote);
    if (meeting.status == MeetingStatus::Paused)
        object.insert("status"_L1, "paused"_L1);
    insertIfSet(object, "languages"_L1, meeting.languages);
    return object;
}

QJsonObject toJson(const Group &group)
{
    QJsonObject object{{"id"_L1, group.id}, {"name"_L1, group.name}};
    insertIfSet(object, "summary"_L1, group.summary);
    insertIfSet(object, "themes"_L1, group.themeIds);
    object.insert("audience"_L1, group.audience == Audience::Relatives ? "relatives"_L1
                                 : group.audience == Audience::Both    ? "both"_L1
                                                                       : "self"_L1);
    insertIfSet(object, "keywords"_L1, group.keywords);
    object.insert("languages"_L1, QJsonArray::fromStringList(group.languages));
    if (!group.contact.isEmpty()) {
        QJsonObject contact;
        insertIfSet(contact, "email"_L1, group.contact.email);
        insertIfSet(contact, "phone"_L1, group.contact.phone);
        insertIfSet(contact, "website"_L1, group.contact.website);
        object.insert("contact"_L1, contact);
    }
    QJsonArray meetings;
    for (const Meeting &meeting : group.meetings)
        meetings.append(toJson(meeting));
    object.insert("meetings"_L1, meetings);
    const char *costs[] = {nullptr, "free", "donation", "fee", "membership"};
    if (const char *cost = costs[int(group.cost)])
        object.insert("cost"_L1, QLatin1StringView(cost));
    insertIfSet(object, "cost_note"_L1, group.costNote);
    if (group.firstVisit != FirstVisit::Unknown)
        object.insert("first_visit"_L1,
                      group.firstVisit == FirstVisit::WalkIn ? "walk_in"_L1 : "call_first"_L1);
    if (group.groupType != GroupType::Unknown)
        object.insert("group_type"_L1, group.groupType == GroupType::Open ? "open"_L1 : "closed"_L1);
    insertIfSet(object, "how_to_join"_L1, group.howToJoin);
    if (group.ledBy != Leadership::Unknown)
        object.insert("led_by"_L1,
                      group.ledBy == Leadership::Peers ? "peers"_L1 : "peers_with_professional"_L1);
    insertIfSet(object, "target_groups"_L1, DirectoryJson::targetGroupNames(group.targetGroups));
    insertIfSet(object, "meeting_texts"_L1, group.meetingTexts);
    return object;
}

} // namespace

QByteArray serialize(const Directory &directory)
{
    QJsonObject root{{"format"_L1, formatName}};
    if (!directory.networkName.isEmpty() || !directory.networkWebsite.isEmpty() ||
        !directory.networkPhone.isEmpty() || !directory.networkEmail.isEmpty() ||
        !directory.meetingTexts.isEmpty()) {
        QJsonObject network;
        insertIfSet(network, "name"_L1, directory.networkName);
        insertIfSet(network, "meeting_texts"_L1, directory.meetingTexts);
        insertIfSet(network, "website"_L1, directory.networkWebsite);
        insertIfSet(network, "phone"_L1, directory.networkPhone);
        insertIfSet(network, "email"_L1, directory.networkEmail);
        root.insert("network"_L1, network);
    }
    if (directory.updated.isValid())
        root.insert("updated"_L1, directory.updated.toString(Qt::ISODate));
    if (directory.version > 0)
        root.insert("version"_L1, directory.version);
    QJsonArray themes;
    for (const Theme &theme : directory.themes()) {
        QJsonObject object{{"id"_L1, theme.id}, {"name"_L1, toJson(theme.name)}};
        insertIfSet(object, "category"_L1, theme.category);
        insertIfSet(object, "keywords"_L1, theme.keywords);
        themes.append(object);
    }
    root.insert("themes"_L1, themes);
    QJsonArray venues;
    for (const Venue &venue : directory.venues()) {
        QJsonObject object{{"id"_L1, venue.id},        {"name"_L1, venue.name},
                           {"town"_L1, venue.town},    {"country"_L1, venue.country},
                           {"lat"_L1, venue.latitude}, {"lon"_L1, venue.longitude}};
        insertIfSet(object, "street"_L1, venue.street);
        insertIfSet(object, "postcode"_L1, venue.postcode);
        if (venue.wheelchairAccessible)
            object.insert("wheelchair"_L1, *venue.wheelchairAccessible);
        insertIfSet(object, "directions"_L1, venue.directions);
        venues.append(object);
    }
    root.insert("venues"_L1, venues);
    QJsonArray groups;
    for (const Group &group : directory.groups())
        groups.append(toJson(group));
    root.insert("groups"_L1, groups);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace reference

using namespace kring;

namespace {

// Text with everything a writer may get wrong: quotes, backslashes, control characters, DEL, accents, CJK,
// emoji (surrogate pairs) and lone surrogates.
QString awkward(QRandomGenerator &random)
{
    static const QList<char16_t> pieces{u'a', u'"', u'\\',  u'/',   0x01,   u'\t',  u'\n',  0x1f,
                                        0x7f, 0xe9, 0x20ac, 0x4e2d, 0xd83d, 0xde00, 0xdc00, u' '};
    QString text;
    for (int i = random.bounded(0, 8); i > 0; --i)
        text.append(QChar(pieces[random.bounded(int(pieces.size()))]));
    return text;
}

Directory awkwardDirectory(QRandomGenerator &random)
{
    const double numbers[] = {
        0.0,      -0.0, 52.0, -4.5, 51.4416, 5.4697, 1e-7, 123456789.123, 1e300, -1e21, 9007199254740993.0,
        0.1 + 0.2};
    QList<Theme> themes{
        Theme{awkward(random), {awkward(random), awkward(random), {}}, awkward(random), {awkward(random)}},
        Theme{QStringLiteral("rouw"), {QStringLiteral("Rouw"), {}, {}}, {}, {}}};
    QList<Venue> venues;
    for (int i = 0; i < 24; ++i) {
        Venue venue;
        venue.id = awkward(random) + QString::number(i);
        venue.name = awkward(random);
        venue.town = awkward(random);
        venue.country = QStringLiteral("NL");
        venue.street = i % 2 ? awkward(random) : QString();
        venue.postcode = i % 3 ? QStringLiteral("5611 AZ") : QString();
        venue.latitude = numbers[i % std::size(numbers)];
        venue.longitude =
            i % 5 ? random.generateDouble() * 360 - 180 : -numbers[(i + 3) % std::size(numbers)];
        if (i % 3)
            venue.wheelchairAccessible = i % 2;
        if (i % 4 == 0)
            venue.directions = {awkward(random), awkward(random), awkward(random)};
        venues.append(venue);
    }
    QList<Group> groups;
    for (int g = 0; g < 12; ++g) {
        Group group;
        group.id = QStringLiteral("g-%1").arg(g) + awkward(random);
        group.name = awkward(random);
        group.summary = {awkward(random), g % 2 ? awkward(random) : QString(),
                         g % 3 ? awkward(random) : QString()};
        group.themeIds = g % 2 ? QStringList{QStringLiteral("rouw")} : QStringList{};
        group.audience = Audience(g % 3);
        group.keywords = g % 2 ? QStringList{awkward(random), awkward(random)} : QStringList{};
        group.languages = g % 4 ? QStringList{QStringLiteral("nl"), awkward(random)} : QStringList{};
        group.contact = {g % 2 ? awkward(random) : QString(), g % 3 ? awkward(random) : QString(),
                         g % 5 ? awkward(random) : QString()};
        group.cost = Cost(g % 5);
        if (g % 3)
            group.costNote = {awkward(random), awkward(random), {}};
        group.firstVisit = FirstVisit(g % 3);
        group.groupType = GroupType((g + 1) % 3);
        if (g % 2)
            group.howToJoin = {awkward(random), {}, awkward(random)};
        group.ledBy = Leadership((g + 2) % 3);
        group.targetGroups = quint8(g % 16);
        if (g % 3 == 0)
            group.meetingTexts = {{awkward(random), {}, awkward(random)},
                                  {{awkward(random), {}, {}}, {awkward(random), awkward(random), {}}},
                                  g % 2 ? LocalizedText{awkward(random), {}, {}} : LocalizedText{}};
        for (int m = 0; m < g % 4; ++m) {
            Meeting meeting;
            meeting.id = awkward(random) + QString::number(m);
            meeting.name = awkward(random);
            meeting.attendance = Attendance(m % 3);
            meeting.venueId = m % 2 ? venues[m].id : QString();
            meeting.room = awkward(random);
            meeting.onlineUrl = m % 2 ? QString() : awkward(random);
            meeting.onlinePhone = m % 3 ? awkward(random) : QString();
            meeting.timeZone = QStringLiteral("Europe/Amsterdam");
            const QTimeZone zone("Europe/Amsterdam");
            if (g % 5)
                meeting.start = QDateTime(QDate(2026, 1, 5).addDays(g * 37 + m), QTime(19, 30 + m), zone);
            meeting.durationMinutes = 15 * (m + g);
            meeting.rrule = m % 2 ? QStringLiteral("FREQ=WEEKLY;BYDAY=TU") : QString();
            meeting.exceptionDates = {QDateTime(QDate(2026, 12, 8), QTime(19, 30), zone)};
            if (m % 2)
                meeting.additionalDates = {QDateTime(QDate(987, 12, 8), QTime(9, 5), zone), QDateTime()};
            if (g % 2)
                meeting.breaks = {{QDate(2026, 7, 1), QDate(2026, 8, 31)}, {QDate(), QDate(12345, 1, 1)}};
            if (m % 2 == 0)
                meeting.scheduleNote = {awkward(random), {}, awkward(random)};
            meeting.status = MeetingStatus(m % 2);
            meeting.languages = m % 2 ? QStringList{awkward(random)} : QStringList{};
            group.meetings.append(meeting);
        }
        groups.append(group);
    }
    Directory directory(themes, venues, groups);
    directory.networkName = awkward(random);
    directory.networkWebsite = awkward(random);
    directory.networkPhone = random.bounded(2) ? awkward(random) : QString();
    directory.networkEmail = random.bounded(2) ? awkward(random) : QString();
    directory.updated = random.bounded(2) ? QDate(2026, 11, 1) : QDate();
    if (random.bounded(2))
        directory.meetingTexts.agreements = {{awkward(random), {}, {}}};
    directory.version = random.bounded(3) ? qint64(random.bounded(1000)) : (qint64(1) << 52);
    return directory;
}

// The directory holding only `group`, with the themes and venues it refers to, built as the catalog built it
// before serializeGroup().
Directory ownDirectory(const Directory &directory, const Group &group)
{
    QList<Theme> themes;
    for (const QString &id : group.themeIds) {
        if (const Theme *theme = directory.theme(id))
            themes.append(*theme);
    }
    QList<Venue> venues;
    QSet<QString> venueIds;
    for (const Meeting &meeting : group.meetings) {
        if (!meeting.hasVenue() || venueIds.contains(meeting.venueId))
            continue;
        venueIds.insert(meeting.venueId);
        if (const Venue *venue = directory.venue(meeting.venueId))
            venues.append(*venue);
    }
    Directory own(themes, venues, {group});
    own.networkName = directory.networkName;
    own.networkWebsite = directory.networkWebsite;
    own.networkPhone = directory.networkPhone;
    own.networkEmail = directory.networkEmail;
    own.meetingTexts = directory.meetingTexts;
    own.updated = directory.updated;
    return own;
}

} // namespace

class DirectoryJsonWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWhatQJsonDocumentWrote_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("demo") << QStringLiteral(KRING_SOURCE_DIR "/assets/demo/directory.json");
        const QDir valid(QStringLiteral(KRING_TEST_DATA "/directory/valid"));
        for (const QString &name : valid.entryList({QStringLiteral("*.json")}))
            QTest::newRow(qPrintable(name)) << valid.filePath(name);
    }

    void writesWhatQJsonDocumentWrote()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<Directory> directory = DirectoryJson::parse(file.readAll(), path);
        QVERIFY2(directory.ok(), qPrintable(directory.ok() ? QString() : directory.error()));
        QCOMPARE(DirectoryJson::serialize(directory.value()), reference::serialize(directory.value()));
    }

    void writesEachGroupAsItsOwnDirectory_data() { writesWhatQJsonDocumentWrote_data(); }

    void writesEachGroupAsItsOwnDirectory()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<Directory> directory = DirectoryJson::parse(file.readAll(), path);
        QVERIFY2(directory.ok(), qPrintable(directory.ok() ? QString() : directory.error()));
        for (const Group &group : directory.value().groups()) {
            const QByteArray written = DirectoryJson::serializeGroup(directory.value(), group);
            QCOMPARE(written, DirectoryJson::serialize(ownDirectory(directory.value(), group)));
            // And it reads back as that group.
            const Result<Directory> own = DirectoryJson::parse(written, path);
            QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.error()));
            QCOMPARE(own.value().groups(), QList<Group>{group});
        }
    }

    void awkwardTextAndNumbers()
    {
        QRandomGenerator random(20261122);
        for (int i = 0; i < 200; ++i) {
            const Directory directory = awkwardDirectory(random);
            const QByteArray expected = reference::serialize(directory);
            const QByteArray written = DirectoryJson::serialize(directory);
            if (written != expected) {
                for (qsizetype at = 0; at < std::min(written.size(), expected.size()); ++at) {
                    if (written[at] != expected[at]) {
                        qWarning() << "differs at" << at << written.mid(std::max<qsizetype>(0, at - 60), 120)
                                   << expected.mid(std::max<qsizetype>(0, at - 60), 120);
                        break;
                    }
                }
            }
            QCOMPARE(written, expected);
            for (const Group &group : directory.groups())
                QCOMPARE(DirectoryJson::serializeGroup(directory, group),
                         DirectoryJson::serialize(ownDirectory(directory, group)));
        }
    }
};

QTEST_GUILESS_MAIN(DirectoryJsonWriterTest)
#include "tst_directoryjsonwriter.moc"
