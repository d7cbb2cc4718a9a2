// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupdetails.h"
#include "nextdatesmodel.h"

#include "directory/directoryjson.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace kring;

class NextDatesModelTest : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Directory> m_directory;
    const QDateTime m_now{QDate(2026, 6, 1), QTime(12, 0), QTimeZone("Europe/Amsterdam")};

    static QStringList rows(const NextDatesModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            QString line = index.data(NextDatesModel::DateTextRole).toString() + u' ' +
                           index.data(NextDatesModel::TimeTextRole).toString() + u' ' +
                           index.data(NextDatesModel::StatusRole).toString();
            if (!index.data(NextDatesModel::TakesPlaceRole).toBool())
                line += QStringLiteral(" (no meeting)");
            result.append(line);
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile file(QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto result = DirectoryJson::parse(file.readAll(), QStringLiteral("small.json"));
        QVERIFY(result.ok());
        m_directory = std::make_shared<const Directory>(std::move(result).value());
    }

    void showsScheduleInWordsAndNextDatesWithBreaks_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("schedules");
        QTest::addColumn<QStringList>("dates");
        QTest::newRow("nl") << "nl" << QStringList{"elke tweede dinsdag van de maand, 19:30–21:30"}
                            << QStringList{"dinsdag 9 juni 19:30–21:30 scheduled",
                                           "dinsdag 14 juli 19:30–21:30 paused (no meeting)",
                                           "dinsdag 11 augustus 19:30–21:30 paused (no meeting)",
                                           "dinsdag 8 september 19:30–21:30 scheduled",
                                           "dinsdag 13 oktober 19:30–21:30 scheduled"};
        QTest::newRow("en") << "en" << QStringList{"every 2nd Tuesday of the month, 19:30–21:30"}
                            << QStringList{"Tuesday 9 June 19:30–21:30 scheduled",
                                           "Tuesday 14 July 19:30–21:30 paused (no meeting)",
                                           "Tuesday 11 August 19:30–21:30 paused (no meeting)",
                                           "Tuesday 8 September 19:30–21:30 scheduled",
                                           "Tuesday 13 October 19:30–21:30 scheduled"};
    }

    void showsScheduleInWordsAndNextDatesWithBreaks()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, schedules);
        QFETCH(QStringList, dates);
        GroupDetails details;
        QAbstractItemModelTester tester(details.nextDates(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        details.setNow(m_now);
        details.show(m_directory, QStringLiteral("ehv-rouw-partner"), language);
        QCOMPARE(details.schedules(), schedules);
        QCOMPARE(rows(*details.nextDates()), dates);
        QVERIFY(details.hasCalendar());
    }

    void announcementsChangeTheDates()
    {
        GroupDetails details;
        QAbstractItemModelTester tester(details.nextDates(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        details.setNow(m_now);
        details.show(m_directory, QStringLiteral("ehv-rouw-partner"), QStringLiteral("en"));
        Announcement cancel;
        cancel.kind = AnnouncementKind::Cancel;
        cancel.groupId = QStringLiteral("ehv-rouw-partner");
        cancel.date = QDate(2026, 6, 9);
        Announcement relocate;
        relocate.kind = AnnouncementKind::Relocate;
        relocate.groupId = QStringLiteral("ehv-rouw-partner");
        relocate.date = QDate(2026, 9, 8);
        relocate.venue = QStringLiteral("Wijkhuis De Ster");
        details.setAnnouncements({cancel, relocate});
        const NextDatesModel &model = *details.nextDates();
        QCOMPARE(model.index(0).data(NextDatesModel::StatusRole).toString(), QStringLiteral("cancelled"));
        QCOMPARE(model.index(0).data(NextDatesModel::StatusTextRole).toString(), QStringLiteral("Cancelled"));
        QVERIFY(!model.index(0).data(NextDatesModel::TakesPlaceRole).toBool());
        QCOMPARE(model.index(3).data(NextDatesModel::StatusTextRole).toString(),
                 QStringLiteral("Other place: Wijkhuis De Ster"));
        QVERIFY(model.index(3).data(NextDatesModel::TakesPlaceRole).toBool());
    }

    void groupWithSeveralMeetingsTellsThemApart()
    {
        GroupDetails details;
        details.setNow(m_now);
        details.show(m_directory, QStringLiteral("lvn-naasten-drank"), QStringLiteral("nl"));
        QCOMPARE(details.schedules(),
                 (QStringList{"Bibliotheek Tweebronnen: om de twee weken op woensdag, 20:00–22:00",
                              "Online: ongeveer één keer per maand (paused for now)"}));
        const NextDatesModel &model = *details.nextDates();
        QCOMPARE(model.rowCount(), GroupDetails::nextDateCount);
        QCOMPARE(model.index(0).data(NextDatesModel::MeetingNameRole).toString(),
                 QStringLiteral("Bibliotheek Tweebronnen"));
        // every other week from 4 February: 27 May is before "now", 3 June is not a meeting week
        QCOMPARE(model.index(0).data(NextDatesModel::DateTextRole).toString(),
                 QStringLiteral("woensdag 10 juni"));
    }

    void calendarFileHoldsTheGroupsMeetings()
    {
        GroupDetails details;
        details.show(m_directory, QStringLiteral("ehv-rouw-partner"), QStringLiteral("nl"));
        const QString path = details.writeCalendarFile();
        QVERIFY(!path.isEmpty());
        QVERIFY(path.endsWith(QStringLiteral("ehv-rouw-partner.ics")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray calendar = file.readAll();
        QVERIFY(calendar.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(calendar.contains("RRULE:FREQ=MONTHLY;BYDAY=2TU"));
        QVERIFY(calendar.contains("DTSTART;TZID=Europe/Amsterdam:20260113T193000"));
        file.remove();

        GroupDetails nothing;
        nothing.show(m_directory, QStringLiteral("no-such-group"), QStringLiteral("nl"));
        QVERIFY(nothing.writeCalendarFile().isEmpty());
        QVERIFY(!nothing.hasCalendar());
        QCOMPARE(nothing.nextDates()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(NextDatesModelTest)
#include "tst_nextdatesmodel.moc"
