// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulewords.h"

#include "recurrence.h"

#include <QTimeZone>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace kring {
namespace {

struct Words {
    std::array<const char *, 7> days;
    std::array<const char *, 12> months;
    std::array<const char *, 11> numbers; // 2 .. 12
    const char *and_;
    const char *last;
    const char *secondToLast;
    // Patterns: %1 = days or positions, %2 = number
    const char *everyDay;  // one weekday every week
    const char *everyDays; // several weekdays every week
    const char *otherWeek; // every other week
    const char *everyNWeeks;
    const char *monthly; // positions in every month
    const char *otherMonth;
    const char *everyNMonths;
    const char *monthDay; // day of the month, every month
    const char *daily;
    const char *otherDay;
    const char *everyNDays;
    const char *yearly;
    const char *except;
    const char *only;
    const char *times;
    const char *until;
    const char *once;
    const char *fallback;
    const char *askTheGroup;
    const char *lastDay;
};

constexpr Words dutchWords{
    {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"},
    {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
     "november", "december"},
    {"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"},
    "en",
    "laatste",
    "voorlaatste",
    "elke %1",
    "elke %1",
    "om de twee weken op %1",
    "elke %2 weken op %1",
    "elke %1 van de maand",
    "om de twee maanden op de %1",
    "elke %2 maanden op de %1",
    "elke maand op de %1",
    "elke dag",
    "om de twee dagen",
    "elke %2 dagen",
    "elk jaar op %1",
    "behalve in %1",
    "alleen in %1",
    "%1 keer",
    "tot en met %1",
    "op %1",
    "op vaste momenten; zie hieronder",
    "vraag de groep wanneer ze samenkomen",
    "laatste dag",
};

constexpr Words englishWords{
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"},
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"},
    "and",
    "last",
    "second to last",
    "every %1",
    "every %1",
    "every other week on %1",
    "every %2 weeks on %1",
    "every %1 of the month",
    "every other month on the %1",
    "every %2 months on the %1",
    "every month on the %1",
    "every day",
    "every other day",
    "every %2 days",
    "every year on %1",
    "except in %1",
    "only in %1",
    "%1 times",
    "until %1",
    "on %1",
    "on a regular schedule; see the dates below",
    "ask the group when it meets",
    "last day",
};

const Words &wordsFor(bool dutch)
{
    return dutch ? dutchWords : englishWords;
}

QString pattern(const char *text, const QString &items, const QString &number = {})
{
    QString result = QString::fromUtf8(text);
    result.replace("%1"_L1, items);
    result.replace("%2"_L1, number);
    return result;
}

} // namespace

ScheduleWords::ScheduleWords(const QString &language)
    : m_dutch(language != u"en" && (language == u"nl" || language.startsWith(u"nl")))
{}

QString ScheduleWords::dayName(int weekday) const
{
    return QString::fromUtf8(wordsFor(m_dutch).days.at(std::clamp(weekday, 1, 7) - 1));
}

QString ScheduleWords::monthName(int month) const
{
    return QString::fromUtf8(wordsFor(m_dutch).months.at(std::clamp(month, 1, 12) - 1));
}

QString ScheduleWords::number(int n) const
{
    return n >= 2 && n <= 12 ? QString::fromUtf8(wordsFor(m_dutch).numbers.at(n - 2)) : QString::number(n);
}

QString ScheduleWords::ordinal(int position, bool inWords) const
{
    const Words &words = wordsFor(m_dutch);
    if (position == -1)
        return QString::fromUtf8(words.last);
    if (position == -2)
        return QString::fromUtf8(words.secondToLast);
    // "elke eerste maandag" reads as people say it; day numbers stay numbers ("op de 15e").
    static constexpr const char *dutchOrdinals[] = {"eerste", "tweede", "derde", "vierde", "vijfde"};
    if (m_dutch && inWords && position >= 1 && position <= 5)
        return QString::fromUtf8(dutchOrdinals[position - 1]);
    if (m_dutch)
        return QString::number(position) + u'e';
    const int lastTwo = position % 100;
    const char *suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                         : position % 10 == 1           ? "st"
                         : position % 10 == 2           ? "nd"
                         : position % 10 == 3           ? "rd"
                                                        : "th";
    return QString::number(position) + QLatin1StringView(suffix);
}

QString ScheduleWords::list(const QStringList &items) const
{
    if (items.size() <= 1)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(", "_L1) + u' ' + QString::fromUtf8(wordsFor(m_dutch).and_) +
           u' ' + items.last();
}

QString ScheduleWords::timeRange(const QDateTime &start, const QDateTime &end) const
{
    return start.time().toString("HH:mm"_L1) + u'–' + end.time().toString("HH:mm"_L1);
}

QString ScheduleWords::date(QDate date, bool withYear) const
{
    QString result =
        dayName(date.dayOfWeek()) + u' ' + QString::number(date.day()) + u' ' + monthName(date.month());
    if (withYear)
        result += u' ' + QString::number(date.year());
    return result;
}

QString ScheduleWords::describeRule(const QString &rrule, const QDateTime &start) const
{
    return ruleParts(rrule, start).join(", "_L1);
}

namespace {

// The rule's weekdays; positions such as 2TU or BYDAY=TU;BYSETPOS=2 become {2, Tuesday}. A weekly or monthly
// rule without days is held on the start's weekday. Nothing when the positions cannot be phrased.
std::optional<QList<Recurrence::WeekdayPosition>> daysOf(const Recurrence::RuleParts &rule,
                                                         const QDateTime &start)
{
    QList<Recurrence::WeekdayPosition> days = rule.byDay;
    if (!rule.bySetPosition.isEmpty()) {
        if (days.size() != 1 || days.first().position != 0 || rule.bySetPosition.size() != 1)
            return std::nullopt;
        days.first().position = rule.bySetPosition.first();
    }
    if (days.isEmpty() && rule.byMonthDay.isEmpty() &&
        (rule.frequency == Recurrence::Frequency::Weekly || rule.frequency == Recurrence::Frequency::Monthly))
        days.append({0, start.date().dayOfWeek()});
    return days;
}

bool hasPositions(const QList<Recurrence::WeekdayPosition> &days)
{
    return std::any_of(days.cbegin(), days.cend(), [](const auto &day) { return day.position != 0; });
}

} // namespace

QStringList ScheduleWords::ruleParts(const QString &rrule, const QDateTime &start) const
{
    auto parsed = Recurrence::parts(rrule);
    if (!parsed || !start.isValid())
        return {};
    const Recurrence::RuleParts &rule = parsed.value();
    if (rule.hasOtherParts)
        return {};
    const auto days = daysOf(rule, start);
    if (!days)
        return {};
    const auto phrase = mainPhrase(rule, *days, start);
    if (!phrase)
        return {};
    return QStringList{*phrase} + qualifiers(rule, start);
}

std::optional<QString> ScheduleWords::mainPhrase(const Recurrence::RuleParts &rule, const Days &days,
                                                 const QDateTime &start) const
{
    const Words &words = wordsFor(m_dutch);
    switch (rule.frequency) {
    case Recurrence::Frequency::Daily:
        if (!days.isEmpty() || !rule.byMonthDay.isEmpty())
            return std::nullopt;
        return rule.interval == 1   ? QString::fromUtf8(words.daily)
               : rule.interval == 2 ? QString::fromUtf8(words.otherDay)
                                    : pattern(words.everyNDays, {}, number(rule.interval));
    case Recurrence::Frequency::Weekly:
        return weeklyPhrase(rule, days);
    case Recurrence::Frequency::Monthly:
        return monthlyPhrase(rule, days);
    case Recurrence::Frequency::Yearly:
        if (!days.isEmpty() || !rule.byMonthDay.isEmpty() || rule.interval != 1 || rule.byMonth.size() > 1)
            return std::nullopt;
        return pattern(words.yearly,
                       QString::number(start.date().day()) + u' ' + monthName(start.date().month()));
    default:
        return std::nullopt;
    }
}

std::optional<QString> ScheduleWords::weeklyPhrase(const Recurrence::RuleParts &rule, const Days &days) const
{
    if (hasPositions(days) || !rule.byMonthDay.isEmpty())
        return std::nullopt;
    const Words &words = wordsFor(m_dutch);
    QList<int> weekdays;
    for (const auto &day : days)
        weekdays.append(day.weekday);
    std::sort(weekdays.begin(), weekdays.end());
    QStringList names;
    for (int weekday : weekdays)
        names.append(dayName(weekday));
    const QString dayList = list(names);
    if (rule.interval == 1)
        return pattern(names.size() == 1 ? words.everyDay : words.everyDays, dayList);
    if (rule.interval == 2)
        return pattern(words.otherWeek, dayList);
    return pattern(words.everyNWeeks, dayList, number(rule.interval));
}

std::optional<QString> ScheduleWords::monthlyPhrase(const Recurrence::RuleParts &rule, const Days &days) const
{
    const Words &words = wordsFor(m_dutch);
    QString phrase;
    QString items;
    if (!rule.byMonthDay.isEmpty()) {
        if (!days.isEmpty())
            return std::nullopt;
        QStringList monthDays;
        for (int day : rule.byMonthDay)
            monthDays.append(day == -1 ? QString::fromUtf8(words.lastDay) : ordinal(day, false));
        items = list(monthDays);
        if (rule.interval == 1)
            phrase = pattern(words.monthDay, items);
    } else {
        if (!hasPositions(days))
            return std::nullopt; // every Tuesday of every month is a weekly rule; say it as one or not at all
        const auto positions = weekdaysOfMonth(days);
        if (!positions)
            return std::nullopt;
        items = *positions;
        if (rule.interval == 1)
            phrase = pattern(words.monthly, items);
    }
    if (rule.interval == 2)
        phrase = pattern(words.otherMonth, items);
    else if (rule.interval > 2)
        phrase = pattern(words.everyNMonths, items, number(rule.interval));
    return phrase;
}

// Positions grouped by weekday: "eerste en derde dinsdag"; nothing when a weekday also has no position.
std::optional<QString> ScheduleWords::weekdaysOfMonth(const Days &days) const
{
    QStringList parts;
    QList<int> weekdays;
    for (const auto &day : days) {
        if (!weekdays.contains(day.weekday))
            weekdays.append(day.weekday);
    }
    for (int weekday : weekdays) {
        QList<int> positions;
        for (const auto &day : days) {
            if (day.weekday == weekday) {
                if (day.position == 0)
                    return std::nullopt;
                positions.append(day.position);
            }
        }
        std::sort(positions.begin(), positions.end(),
                  [](int a, int b) { return (a < 0 ? 100 - a : a) < (b < 0 ? 100 - b : b); });
        QStringList ordinals;
        for (int position : positions)
            ordinals.append(ordinal(position));
        parts.append(list(ordinals) + u' ' + dayName(weekday));
    }
    return list(parts);
}

QStringList ScheduleWords::qualifiers(const Recurrence::RuleParts &rule, const QDateTime &start) const
{
    const Words &words = wordsFor(m_dutch);
    QStringList result;
    if (!rule.byMonth.isEmpty() && rule.frequency != Recurrence::Frequency::Yearly) {
        QList<int> months = rule.byMonth;
        std::sort(months.begin(), months.end());
        QStringList included;
        QStringList excluded;
        for (int month = 1; month <= 12; ++month)
            (months.contains(month) ? included : excluded).append(monthName(month));
        if (!excluded.isEmpty())
            result.append(included.size() >= 6 ? pattern(words.except, list(excluded))
                                               : pattern(words.only, list(included)));
    }
    if (rule.count > 0)
        result.append(pattern(words.times, QString::number(rule.count)));
    if (rule.until.isValid()) {
        const QDate last = rule.until.timeSpec() == Qt::UTC ? rule.until.toTimeZone(start.timeZone()).date()
                                                            : rule.until.date();
        result.append(pattern(words.until, date(last, true).section(u' ', 1)));
    }
    return result;
}

QString ScheduleWords::describe(const Meeting &meeting) const
{
    const Words &words = wordsFor(m_dutch);
    if (!meeting.start.isValid()) {
        const QString note = meeting.scheduleNote.in(m_dutch ? u"nl" : u"en");
        return note.isEmpty() ? QString::fromUtf8(words.askTheGroup) : note;
    }
    const QString times =
        timeRange(meeting.start, meeting.start.addSecs(qint64(meeting.durationMinutes) * 60));
    if (meeting.rrule.isEmpty())
        return pattern(words.once, date(meeting.start.date(), true)) + ", "_L1 + times;
    QStringList parts = ruleParts(meeting.rrule, meeting.start);
    if (parts.isEmpty())
        return QString::fromUtf8(words.fallback);
    parts.insert(1, times);
    return parts.join(", "_L1);
}

} // namespace kring
