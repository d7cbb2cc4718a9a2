// SPDX-License-Identifier: GPL-3.0-or-later
// Phone notifications are seen on a lock screen by anyone nearby: every text the app hands its notifier,
// for every kind of change of every group of the demo directory, in Dutch and English, names no group,
// theme, place or venue.
#include "appcontroller.h"
#include "directory/directoryjson.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace kring;
using FollowedChanges::Change;
using FollowedChanges::Kind;

namespace {

const QString demoDirectory = QStringLiteral(KRING_SOURCE_DIR "/assets/demo/directory.json");

class RecordingNotifier : public Notifier
{
public:
    explicit RecordingNotifier(QStringList &shown)
        : m_shown(shown)
    {}
    void notify(const QString &text) override { m_shown.append(text); }

private:
    QStringList &m_shown;
};

Directory loadDemo()
{
    QFile file(demoDirectory);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Result<Directory> parsed = DirectoryJson::parse(file.readAll(), QStringLiteral("directory.json"));
    return parsed ? std::move(parsed).value() : Directory();
}

// Every change a sync can find for `group`, with announcements of every kind that carry the group's own
// words (its name as the note, a venue as the new place).
QList<Change> everyChangeOf(const Directory &directory, const Group &group)
{
    const QString venue = directory.venues().isEmpty() ? QString() : directory.venues().first().name;
    QList<Change> changes;
    for (const Kind kind : {Kind::Withdrawn, Kind::MeetingAdded, Kind::MeetingRemoved, Kind::TimesChanged,
                            Kind::PlaceChanged, Kind::Gone})
        changes.append({kind, group.id, group.name, std::nullopt});
    for (const AnnouncementKind announced :
         {AnnouncementKind::Cancel, AnnouncementKind::Move, AnnouncementKind::Relocate,
          AnnouncementKind::Pause, AnnouncementKind::Reschedule, AnnouncementKind::Note}) {
        Announcement announcement;
        announcement.kind = announced;
        announcement.groupId = group.id;
        announcement.date = QDate(2026, 12, 8);
        announcement.until = QDate(2026, 12, 22);
        announcement.movedTo = QDateTime(QDate(2026, 12, 9), QTime(19, 30));
        announcement.venue = venue;
        announcement.text = group.name;
        changes.append({Kind::Announced, group.id, group.name, announcement});
    }
    return changes;
}

// What a notification must never say: names of groups, themes (both languages), towns and venues.
QStringList forbiddenWords(const Directory &directory)
{
    QStringList words;
    for (const Group &group : directory.groups())
        words.append(group.name);
    for (const Theme &theme : directory.themes()) {
        words.append(theme.name.in(QStringLiteral("nl")));
        words.append(theme.name.in(QStringLiteral("en")));
    }
    for (const Venue &venue : directory.venues()) {
        words.append(venue.town);
        words.append(venue.name);
    }
    words.removeAll(QString());
    words.removeDuplicates();
    return words;
}

} // namespace

class NotificationTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noNotificationNamesAGroupThemeOrPlace_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << QStringLiteral("nl");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void noNotificationNamesAGroupThemeOrPlace()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language == u"nl") {
            QVERIFY(translator.load(QStringLiteral(":/i18n/kring_nl.qm")));
            QCoreApplication::installTranslator(&translator);
        }
        const Directory directory = loadDemo();
        QVERIFY(directory.groups().size() >= 60);
        const QStringList forbidden = forbiddenWords(directory);
        QVERIFY(forbidden.size() > 100);

        QStringList shown;
        AppController controller(language);
        controller.setNotifier(std::make_unique<RecordingNotifier>(shown));
        controller.setNotificationsEnabled(true);
        int calls = 0;
        for (const Group &group : directory.groups()) {
            const QList<Change> changes = everyChangeOf(directory, group);
            for (const Change &change : changes) {
                controller.showFollowedChanges({change});
                ++calls;
            }
            controller.showFollowedChanges(changes);
            ++calls;
        }
        // One notification per sync that found something, never one that says nothing.
        QCOMPARE(shown.size(), calls);
        for (const QString &text : std::as_const(shown)) {
            QVERIFY(!text.trimmed().isEmpty());
            for (const QString &word : forbidden)
                QVERIFY2(!text.contains(word, Qt::CaseInsensitive),
                         qPrintable(QStringLiteral("\"%1\" names \"%2\"").arg(text, word)));
        }
        if (language == u"nl")
            QCOMPARE(shown.first(), QStringLiteral("Er is nieuws in Kring"));
        QCoreApplication::removeTranslator(&translator);
    }

    void noNotificationWhenTheyAreOff()
    {
        const Directory directory = loadDemo();
        QStringList shown;
        AppController controller(QStringLiteral("en"));
        controller.setNotifier(std::make_unique<RecordingNotifier>(shown));
        controller.showFollowedChanges(everyChangeOf(directory, directory.groups().first()));
        QVERIFY(shown.isEmpty());
    }
};

QTEST_MAIN(NotificationTextTest)
#include "tst_notificationtext.moc"
