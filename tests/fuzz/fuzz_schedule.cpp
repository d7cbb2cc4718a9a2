// SPDX-License-Identifier: GPL-3.0-or-later
// parse-schedule: any text as a schedule in words. A rule it reads must be a valid RRULE, and reading the
// words ScheduleWords makes of it must give the same rule.
#include "schedule/recurrence.h"
#include "schedule/scheduleparser.h"
#include "schedule/schedulewords.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kring;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const char *language : {"nl", "en"}) {
        const ScheduleParser parser{QString::fromLatin1(language)};
        const auto parsed = parser.parse(text);
        if (!parsed || parsed.value().rrule.isEmpty())
            continue;
        const ParsedSchedule &schedule = parsed.value();
        if (!Recurrence::validate(schedule.rrule))
            std::abort(); // the parser wrote a rule libical refuses
        // The first day the rule names from 2026-01-01 on, as a first date.
        QDate first(2026, 1, 1);
        while (!schedule.fallsOn(first) && first.year() < 2028)
            first = first.addDays(1);
        if (!schedule.fallsOn(first))
            continue; // e.g. the 5th Monday only in months that have none within two years
        const QDateTime start(first, schedule.start.isValid() ? schedule.start : QTime(12, 0),
                              QTimeZone("Europe/Amsterdam"));
        const QString words =
            ScheduleWords(QString::fromLatin1(language)).describeRule(schedule.rrule, start);
        if (words.isEmpty())
            continue;
        const auto again = parser.parse(words);
        if (!again || again.value().rrule != schedule.rrule)
            std::abort(); // words -> rule -> words -> another rule
    }
    return 0;
}
