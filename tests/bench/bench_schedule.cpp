// SPDX-License-Identifier: GPL-3.0-or-later
// Schedules and the field's formats: what the group page and the publisher's import cost.
#include "interop/icalendar.h"
#include "interop/meetingguide.h"
#include "schedule/announcement.h"
#include "schedule/schedulewords.h"

#include <QFile>
#include <QTimeZone>

#include <benchmark/benchmark.h>

using namespace kring;

namespace {

Meeting meeting(const char *rrule, QDate start)
{
    Meeting result;
    result.id = QStringLiteral("m");
    result.timeZone = QStringLiteral("Europe/Amsterdam");
    result.start = QDateTime(start, QTime(19, 30), QTimeZone("Europe/Amsterdam"));
    result.rrule = QString::fromLatin1(rrule);
    result.breaks = {{QDate(2026, 7, 1), QDate(2026, 8, 31)}};
    return result;
}

const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone("Europe/Amsterdam"));

// The group page: next five dates of a weekly meeting that began years ago.
void nextFiveWeeklySince2016(benchmark::State &state)
{
    const Meeting weekly = meeting("FREQ=WEEKLY;BYDAY=TU", QDate(2016, 1, 5));
    for (auto _ : state)
        benchmark::DoNotOptimize(upcoming(weekly, QStringLiteral("g"), {}, now, 5));
}
BENCHMARK(nextFiveWeeklySince2016);

void nextFiveMonthlyNthWeekday(benchmark::State &state)
{
    const Meeting monthly = meeting("FREQ=MONTHLY;BYDAY=2TU", QDate(2026, 1, 13));
    for (auto _ : state)
        benchmark::DoNotOptimize(upcoming(monthly, QStringLiteral("g"), {}, now, 5));
}
BENCHMARK(nextFiveMonthlyNthWeekday);

void scheduleInWords(benchmark::State &state)
{
    const Meeting monthly =
        meeting("FREQ=MONTHLY;BYDAY=2TU;BYMONTH=1,2,3,4,5,6,9,10,11,12", QDate(2026, 1, 13));
    const ScheduleWords words(QStringLiteral("nl"));
    for (auto _ : state)
        benchmark::DoNotOptimize(words.describe(monthly));
}
BENCHMARK(scheduleInWords);

void importRealMeetingGuideFeed(benchmark::State &state)
{
    QFile file(QStringLiteral(KRING_TEST_DATA "/meeting-guide/spec-kansas-city-data-sample.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        state.SkipWithError("fixture missing");
        return;
    }
    const QByteArray feed = file.readAll();
    for (auto _ : state)
        benchmark::DoNotOptimize(MeetingGuide::importJson(feed, QStringLiteral("America/Toronto")));
    state.SetLabel("45 meetings");
}
BENCHMARK(importRealMeetingGuideFeed);

} // namespace
