// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/scheduleparser.h"
#include "schedule/schedulewords.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace kring;

namespace {

// The first day from 2026-01-05 on that the rule names: where a meeting of the phrase could start.
QDate firstDay(const ParsedSchedule &schedule)
{
    QDate day(2026, 1, 5);
    while (!schedule.fallsOn(day))
        day = day.addDays(1);
    return day;
}

} // namespace

class ScheduleParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // tests/data/schedules/phrases.tsv: schedules as people write them, Dutch (NL and BE) and English.
    void readsThePhraseTable_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QFile file(QStringLiteral(KRING_SOURCE_DIR "/tests/data/schedules/phrases.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int regular = 0;
        int total = 0;
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString &line : text.split(u'\n')) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 5);
            QTest::newRow(qPrintable(fields[0] + QStringLiteral(": ") + fields[1]))
                << fields[1] << fields[2] << fields[3] << fields[4];
            ++total;
            regular += fields[2] != u"-";
        }
        QVERIFY2(total >= 60, "the table holds at least 60 phrases");
        QVERIFY(regular >= 60);
    }
    void readsThePhraseTable()
    {
        QFETCH(QString, phrase);
        QFETCH(QString, rrule);
        QFETCH(QString, start);
        QFETCH(QString, end);
        bool notRegular = false;
        const auto parsed = ScheduleParser(QStringLiteral("nl")).parse(phrase, &notRegular);
        if (rrule == u"-") {
            QVERIFY2(!parsed, qPrintable(parsed ? parsed.value().rrule : QString()));
            QVERIFY(!parsed.error().isEmpty());
            return;
        }
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
        QCOMPARE(parsed.value().rrule, rrule);
        QCOMPARE(parsed.value().start.toString(u"HH:mm"), start);
        QCOMPARE(parsed.value().end.toString(u"HH:mm"), end);
    }

    // words -> rule -> words (ScheduleWords, Dutch and English) -> the same rule and times.
    void readsBackWhatScheduleWordsWrites_data() { readsThePhraseTable_data(); }
    void readsBackWhatScheduleWordsWrites()
    {
        QFETCH(QString, phrase);
        QFETCH(QString, rrule);
        if (rrule == u"-")
            return;
        const auto parsed = ScheduleParser(QStringLiteral("nl")).parse(phrase);
        QVERIFY(parsed);
        const ParsedSchedule &schedule = parsed.value();
        const QTimeZone zone("Europe/Amsterdam");
        for (const QString language : {QStringLiteral("nl"), QStringLiteral("en")}) {
            const ScheduleWords words(language);
            QString written;
            if (schedule.start.isValid()) {
                Meeting meeting;
                meeting.timeZone = QStringLiteral("Europe/Amsterdam");
                meeting.start = QDateTime(firstDay(schedule), schedule.start, zone);
                meeting.rrule = schedule.rrule;
                if (schedule.end.isValid())
                    meeting.durationMinutes =
                        (schedule.start.secsTo(schedule.end) / 60 + 24 * 60 - 1) % (24 * 60) + 1;
                written = words.describe(meeting);
            } else {
                written =
                    words.describeRule(schedule.rrule, QDateTime(firstDay(schedule), QTime(12, 0), zone));
            }
            QVERIFY(!written.isEmpty());
            const auto again = ScheduleParser(language).parse(written);
            QVERIFY2(again, qPrintable(written + QStringLiteral(": ") + (again ? QString() : again.error())));
            QCOMPARE(again.value().rrule, schedule.rrule);
            QCOMPARE(again.value().start, schedule.start);
            if (schedule.end.isValid())
                QCOMPARE(again.value().end, schedule.end);
        }
    }

    void saysWhatIsWrongInTheLanguageAsked()
    {
        const auto dutch = ScheduleParser(QStringLiteral("nl")).parse(QStringLiteral("elke dinsdg om 20.00"));
        QVERIFY(!dutch);
        QCOMPARE(dutch.error(), QStringLiteral("'dinsdg' is geen weekdag (bedoel je dinsdag?)"));
        const auto english =
            ScheduleParser(QStringLiteral("en")).parse(QStringLiteral("every tuesdy at 8pm"));
        QVERIFY(!english);
        QCOMPARE(english.error(), QStringLiteral("'tuesdy' is not a weekday (did you mean tuesday?)"));
    }

    // What says there is no fixed schedule is told apart from what cannot be read: the first is kept as text.
    void tellsNoFixedScheduleFromUnreadable()
    {
        const ScheduleParser parser(QStringLiteral("nl"));
        bool notRegular = false;
        for (const char *text : {"ongeveer één keer per maand", "in overleg", "op afspraak", "elke maand"}) {
            QVERIFY(!parser.parse(QString::fromUtf8(text), &notRegular));
            QVERIFY2(notRegular, text);
        }
        for (const char *text : {"elke dinsdg", "elke dinsdag om 25.00", "de 7e maandag van de maand"}) {
            QVERIFY(!parser.parse(QString::fromUtf8(text), &notRegular));
            QVERIFY2(!notRegular, text);
        }
    }

    void readsOneDate()
    {
        const auto parsed =
            ScheduleParser(QStringLiteral("nl")).parse(QStringLiteral("op dinsdag 12 mei 2026, 14:00–16:00"));
        QVERIFY(parsed);
        QVERIFY(parsed.value().rrule.isEmpty());
        QCOMPARE(parsed.value().date, QDate(2026, 5, 12));
        QCOMPARE(parsed.value().start, QTime(14, 0));
        // The weekday has to match the date.
        QVERIFY(
            !ScheduleParser(QStringLiteral("nl")).parse(QStringLiteral("op woensdag 12 mei 2026 om 14.00")));
    }

    void knowsWhichDaysARuleNames()
    {
        const ParsedSchedule secondAndFourth{QStringLiteral("FREQ=MONTHLY;BYDAY=2TU,4TU"), {}, {}, {}};
        QVERIFY(secondAndFourth.fallsOn(QDate(2026, 1, 13)));
        QVERIFY(secondAndFourth.fallsOn(QDate(2026, 1, 27)));
        QVERIFY(!secondAndFourth.fallsOn(QDate(2026, 1, 20)));
        const ParsedSchedule last{QStringLiteral("FREQ=MONTHLY;BYDAY=-1TH"), {}, {}, {}};
        QVERIFY(last.fallsOn(QDate(2026, 1, 29)));
        QVERIFY(!last.fallsOn(QDate(2026, 1, 22)));
        const ParsedSchedule summerOff{
            QStringLiteral("FREQ=WEEKLY;BYDAY=MO;BYMONTH=1,2,3,4,5,6,9,10,11,12"), {}, {}, {}};
        QVERIFY(summerOff.fallsOn(QDate(2026, 1, 5)));
        QVERIFY(!summerOff.fallsOn(QDate(2026, 7, 6)));
    }

    // "even weken": every two weeks, and the first date has to be in an even ISO week.
    void checksEvenAndOddWeeksOnTheFirstDate()
    {
        const auto parsed =
            ScheduleParser(QStringLiteral("nl")).parse(QStringLiteral("om de week op dinsdag, even weken"));
        QVERIFY(parsed);
        QCOMPARE(parsed.value().rrule, QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"));
        QCOMPARE(parsed.value().weekParity, 2);
        QVERIFY(parsed.value().fallsOn(QDate(2026, 1, 6)));   // week 2
        QVERIFY(!parsed.value().fallsOn(QDate(2026, 1, 13))); // week 3
        QVERIFY(!ScheduleParser(QStringLiteral("nl"))
                     .parse(QStringLiteral("elke 1e dinsdag van de maand, even weken")));
    }

    void refusesLongInput() { QVERIFY(!ScheduleParser(QStringLiteral("nl")).parse(QString(400, u'a'))); }
};

QTEST_GUILESS_MAIN(ScheduleParserTest)
#include "tst_scheduleparser.moc"
