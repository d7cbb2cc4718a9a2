// SPDX-License-Identifier: GPL-3.0-or-later
// "Add to calendar" is discreet where it matters: groups with a sensitive theme get the neutral title by
// default, and a neutral calendar names neither the group nor the venue, while a group's name is used
// where the person chose it.
#include "directory/directoryjson.h"
#include "interop/icalendar.h"
#include "privacy/calendartitle.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace kring;
using CalendarTitle::Choice;

namespace {

Directory loadDemo()
{
    QFile file(QStringLiteral(KRING_SOURCE_DIR "/assets/demo/directory.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Result<Directory> parsed = DirectoryJson::parse(file.readAll(), QStringLiteral("directory.json"));
    return parsed ? std::move(parsed).value() : Directory();
}

const QDateTime stamp(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());

} // namespace

class CalendarTitleTest : public QObject
{
    Q_OBJECT

    Directory m_directory = loadDemo();

private Q_SLOTS:
    void sensitiveThemes_data()
    {
        QTest::addColumn<QString>("groupId");
        QTest::addColumn<bool>("sensitive");
        QTest::newRow("alcohol") << QStringLiteral("ehv-alcohol") << true;
        QTest::newRow("gambling") << QStringLiteral("ehv-gokken") << true;
        QTest::newRow("depression") << QStringLiteral("ehv-depressie") << true;
        QTest::newRow("suicide, in the grief category") << QStringLiteral("wlr-zelfdoding") << true;
        QTest::newRow("sexual abuse") << QStringLiteral("vlk-misbruik") << true;
        QTest::newRow("debts") << QStringLiteral("hmd-schulden") << true;
        QTest::newRow("divorce") << QStringLiteral("gdp-scheiding") << true;
        QTest::newRow("grief") << QStringLiteral("ehv-rouw-partner") << false;
        QTest::newRow("diabetes") << QStringLiteral("hmd-diabetes") << false;
        QTest::newRow("carers") << QStringLiteral("hmd-mantelzorg") << false;
    }

    void sensitiveThemes()
    {
        QFETCH(QString, groupId);
        QFETCH(bool, sensitive);
        const Group *group = m_directory.group(groupId);
        QVERIFY(group);
        QCOMPARE(CalendarTitle::isSensitive(m_directory, *group), sensitive);
        QCOMPARE(CalendarTitle::isNeutral(Choice::ByTheme, m_directory, *group), sensitive);
        QVERIFY(CalendarTitle::isNeutral(Choice::Neutral, m_directory, *group));
        QVERIFY(!CalendarTitle::isNeutral(Choice::GroupName, m_directory, *group));
    }

    void theSettingReadsBackWhatWasWritten()
    {
        for (const Choice choice : {Choice::ByTheme, Choice::GroupName, Choice::Neutral})
            QCOMPARE(CalendarTitle::fromSetting(CalendarTitle::toSetting(choice)), choice);
        QCOMPARE(CalendarTitle::fromSetting(QString()), Choice::ByTheme);
        QCOMPARE(CalendarTitle::fromSetting(QStringLiteral("nonsense")), Choice::ByTheme);
    }

    void aNeutralCalendarNamesNoGroupNorVenue()
    {
        const Group *group = m_directory.group(QStringLiteral("ehv-alcohol"));
        QVERIFY(group);
        const auto calendar =
            ICalendar::fromDirectory(m_directory, group->id, stamp, {QStringLiteral("Afspraak")});
        QVERIFY(calendar.ok());
        // Unfolded: iCalendar folds long lines, which could split a name.
        const QString text =
            QString::fromUtf8(calendar.value().calendar).replace(QStringLiteral("\r\n "), QString());
        QVERIFY(text.contains(QStringLiteral("SUMMARY:Afspraak")));
        QVERIFY2(!text.contains(group->name, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY(!text.contains(group->id));
        for (const Meeting &meeting : group->meetings) {
            if (const Venue *venue = m_directory.venue(meeting.venueId)) {
                QVERIFY2(!text.contains(venue->name), qPrintable(venue->name));
                QVERIFY(text.contains(venue->town)); // the address stays, to find it
            }
        }
    }

    void theGroupsNameWhenChosen()
    {
        const Group *group = m_directory.group(QStringLiteral("ehv-alcohol"));
        QVERIFY(group);
        const auto calendar = ICalendar::fromDirectory(m_directory, group->id, stamp);
        QVERIFY(calendar.ok());
        const QString text = QString::fromUtf8(calendar.value().calendar);
        QVERIFY(!text.contains(QStringLiteral("SUMMARY:Afspraak")));
        QVERIFY(text.contains(QStringLiteral("@kring")));
        QVERIFY(text.contains(group->id));
    }
};

QTEST_GUILESS_MAIN(CalendarTitleTest)
#include "tst_calendartitle.moc"
