// SPDX-License-Identifier: GPL-3.0-or-later
// One meeting row of the sheet: its place, time zone, status, dates and schedule.
#include "sheetimporter.h"

#include "schedule/recurrence.h"
#include "schedule/schedulewords.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace kring::DirectorySheet {

QList<QDateTime> Importer::readDateTimes(const Row &row, Column column, const Meeting &meeting)
{
    QList<QDateTime> result;
    static const QRegularExpression withTime(u"^(\\S+)\\s+(\\d{1,2})[:.u](\\d{2})$"_s);
    for (const QString &item : splitList(cell(row, column))) {
        QString dateText = item;
        QTime time = meeting.start.isValid() ? meeting.start.time() : QTime();
        if (const auto match = withTime.match(item); match.hasMatch()) {
            dateText = match.captured(1);
            time = QTime(match.captured(2).toInt(), match.captured(3).toInt());
        }
        const QDate date = dateOf(dateText);
        if (!date.isValid() || !time.isValid()) {
            problem(row.number, column,
                    u"'%1' is geen datum zoals 2026-12-25 of 25-12-2026 (met een tijd erachter als die "
                    u"afwijkt: 2026-12-25 10:00)"_s.arg(item));
            continue;
        }
        result.append(
            QDateTime(date, time, meeting.start.isValid() ? meeting.start.timeZone() : QTimeZone::utc()));
    }
    return result;
}

Meeting Importer::meetingOf(const Row &row)
{
    const QString id = cell(row, MeetingId);
    Meeting meeting;
    if (m_base && !id.isEmpty()) {
        for (const Group &other : m_base->groups()) {
            for (const Meeting &candidate : other.meetings) {
                if (candidate.id == id)
                    meeting = candidate;
            }
        }
    }
    meeting.id = id;
    if (!id.isEmpty() && !isId(id))
        problem(row.number, MeetingId,
                u"'%1' is geen geldige code (1-64 tekens a-z, 0-9, '-', '_', '.')"_s.arg(id));
    else if (!id.isEmpty() && m_meetingIds.contains(id))
        problem(row.number, MeetingId, u"'%1' staat al op een eerdere rij"_s.arg(id));
    if (!id.isEmpty())
        m_meetingIds.insert(id);
    return meeting;
}

std::optional<Meeting> Importer::readMeeting(const Row &row)
{
    Meeting meeting = meetingOf(row);
    if (has(MeetingName))
        meeting.name = cell(row, MeetingName);
    readPlace(row, meeting);
    readTimeZone(row, meeting);
    readStatus(row, meeting);
    if (has(MeetingLanguages))
        meeting.languages = splitList(cell(row, MeetingLanguages));
    for (const QString &language : std::as_const(meeting.languages)) {
        if (!languageCode().match(language).hasMatch())
            problem(row.number, MeetingLanguages,
                    u"'%1' is geen taalcode zoals nl, en of fr"_s.arg(language));
    }
    const int problemsBefore = int(m_problems.size());
    if (QTimeZone::isTimeZoneIdAvailable(meeting.timeZone.toUtf8()))
        readSchedule(row, meeting);
    if (meeting.start.isValid() && meeting.start.timeZone().id() != meeting.timeZone.toUtf8())
        meeting.start =
            QDateTime(meeting.start.date(), meeting.start.time(), QTimeZone(meeting.timeZone.toUtf8()));
    if (int(m_problems.size()) == problemsBefore)
        readExceptionsAndExtras(row, meeting);
    if (has(Breaks))
        readBreaks(row, meeting);
    return meeting;
}

// The form (in person, online or both), the venue, the room and the online link or phone.
void Importer::readPlace(const Row &row, Meeting &meeting)
{
    if (has(Form)) {
        const QString form = cell(row, Form).toLower();
        if (form.isEmpty() || form == "op locatie"_L1 || form == "locatie"_L1 || form == "fysiek"_L1)
            meeting.attendance = Attendance::InPerson;
        else if (form == "online"_L1)
            meeting.attendance = Attendance::Online;
        else if (form == "beide"_L1 || form == "hybride"_L1)
            meeting.attendance = Attendance::Hybrid;
        else
            problem(row.number, Form,
                    u"'%1' is niet 'op locatie', 'online' of 'beide'"_s.arg(cell(row, Form)));
    }
    if (has(VenueId))
        meeting.venueId = cell(row, VenueId);
    if (has(Room))
        meeting.room = cell(row, Room);
    if (has(OnlineUrl))
        meeting.onlineUrl = cell(row, OnlineUrl);
    if (has(OnlinePhone))
        meeting.onlinePhone = cell(row, OnlinePhone);
    if (meeting.attendance != Attendance::Online && meeting.venueId.isEmpty())
        problem(row.number, VenueId, u"leeg; een bijeenkomst op locatie heeft een locatie nodig"_s);
    if (meeting.attendance == Attendance::Online && !meeting.venueId.isEmpty())
        problem(row.number, VenueId,
                u"een online bijeenkomst heeft geen locatie; zet vorm op 'beide' of maak dit leeg"_s);
    if (meeting.attendance != Attendance::InPerson && meeting.onlineUrl.isEmpty() &&
        meeting.onlinePhone.isEmpty())
        problem(row.number, OnlineUrl,
                u"leeg; een online bijeenkomst heeft een link of een telefoonnummer nodig"_s);
    if (!meeting.onlineUrl.isEmpty() && !meeting.onlineUrl.startsWith("https://"_L1))
        problem(row.number, OnlineUrl, u"'%1' begint niet met https://"_s.arg(meeting.onlineUrl));
}

// An empty time zone cell takes the zone of the venue's country.
void Importer::readTimeZone(const Row &row, Meeting &meeting)
{
    if (has(TimeZone)) {
        meeting.timeZone = cell(row, TimeZone);
        if (meeting.timeZone.isEmpty()) {
            const QString country = venueCountry(meeting.venueId);
            meeting.timeZone = country == "BE"_L1   ? u"Europe/Brussels"_s
                               : country == "NL"_L1 ? u"Europe/Amsterdam"_s
                                                    : QString();
        }
    }
    if (meeting.timeZone.isEmpty())
        problem(row.number, TimeZone,
                u"leeg; vul een tijdzone in zoals Europe/Amsterdam of Europe/Brussels"_s);
    else if (!QTimeZone::isTimeZoneIdAvailable(meeting.timeZone.toUtf8()))
        problem(row.number, TimeZone,
                u"'%1' is geen tijdzone zoals Europe/Amsterdam of Europe/Brussels"_s.arg(meeting.timeZone));
}

void Importer::readStatus(const Row &row, Meeting &meeting)
{
    if (!has(Status))
        return;
    const QString status = cell(row, Status).toLower();
    if (status.isEmpty() || status == "actief"_L1)
        meeting.status = MeetingStatus::Active;
    else if (status == "gepauzeerd"_L1 || status == "pauze"_L1)
        meeting.status = MeetingStatus::Paused;
    else
        problem(row.number, Status, u"'%1' is niet 'actief' of 'gepauzeerd'"_s.arg(cell(row, Status)));
}

void Importer::readExceptionsAndExtras(const Row &row, Meeting &meeting)
{
    if (has(ExceptionDates))
        meeting.exceptionDates = readDateTimes(row, ExceptionDates, meeting);
    if (has(AdditionalDates))
        meeting.additionalDates = readDateTimes(row, AdditionalDates, meeting);
    if (!meeting.start.isValid() && (!meeting.exceptionDates.isEmpty() || !meeting.additionalDates.isEmpty()))
        problem(row.number, meeting.exceptionDates.isEmpty() ? AdditionalDates : ExceptionDates,
                u"data zonder rooster: vul eerst het rooster in"_s);
}

void Importer::readBreaks(const Row &row, Meeting &meeting)
{
    meeting.breaks.clear();
    static const QRegularExpression range(u"^(\\S+)\\s*(?:t/m|tm|tot en met|-|–|tot)\\s*(\\S+)$"_s);
    for (const QString &item : splitList(cell(row, Breaks))) {
        const auto match = range.match(item);
        const QDate from = match.hasMatch() ? dateOf(match.captured(1)) : QDate();
        const QDate until = match.hasMatch() ? dateOf(match.captured(2)) : QDate();
        if (!from.isValid() || !until.isValid() || until < from)
            problem(row.number, Breaks, u"'%1' is geen periode zoals 2026-07-01 t/m 2026-08-31"_s.arg(item));
        else
            meeting.breaks.append({from, until});
    }
}

// ---- The schedule --------------------------------------------------------------------------------------

void Importer::readScheduleNote(const Row &row, Meeting &meeting)
{
    if (!has(ScheduleNote))
        return;
    const QString note = cell(row, ScheduleNote);
    const LocalizedText before = meeting.scheduleNote;
    meeting.scheduleNote = {};
    meeting.scheduleNote.nl = note;
    if (!note.isEmpty() && before.nl == note) {
        meeting.scheduleNote.en = before.en;
        meeting.scheduleNote.fr = before.fr;
    }
}

void Importer::readSchedule(const Row &row, Meeting &meeting)
{
    const QString words = cell(row, Schedule);
    const QString rule = cell(row, Rule);
    const QString firstDateText = cell(row, FirstDate);
    if (!firstDateText.isEmpty() && !dateOf(firstDateText).isValid())
        problem(row.number, FirstDate,
                u"'%1' is geen datum zoals 2026-01-13 of 13-1-2026"_s.arg(firstDateText));
    readScheduleNote(row, meeting);
    if (!has(Schedule) && !has(Rule) && !has(FirstDate))
        return; // the schedule is not in the sheet: the base's stays
    if (words.isEmpty() && rule.isEmpty()) {
        if (meeting.scheduleNote.nl.isEmpty())
            problem(row.number, Schedule,
                    u"leeg; schrijf wanneer de groep samenkomt (bijvoorbeeld 'elke 2e dinsdag van de maand, "
                    u"19:30-21:30') of zet het in toelichting rooster"_s);
        meeting.start = {};
        meeting.rrule.clear();
        return;
    }
    bool notRegular = false;
    const auto parsed = ScheduleParser(u"nl"_s).parse(words, &notRegular);
    if (!parsed) {
        if (notRegular && rule.isEmpty())
            keepAsNote(row, meeting, parsed.error());
        else
            problem(row.number, Schedule, parsed.error());
        return;
    }
    const ParsedSchedule &schedule = parsed.value();
    const auto rrule = ruleOf(row, schedule.rrule);
    if (!rrule)
        return;
    if (!schedule.start.isValid()) {
        problem(row.number, Schedule,
                u"er staat geen begintijd in (bijvoorbeeld 'om 19:30' of '19:30-21:30')"_s);
        return;
    }
    const auto date = firstDateOf(row, schedule, *rrule);
    if (!date)
        return;
    if (meeting.timeZone.isEmpty())
        return; // reported with the time zone
    meeting.start = QDateTime(*date, schedule.start, QTimeZone(meeting.timeZone.toUtf8()));
    meeting.rrule = *rrule;
    if (schedule.end.isValid())
        meeting.durationMinutes = minutesBetween(schedule.start, schedule.end);
}

// Words that say the meeting has no fixed rule are kept as the schedule note, unless the note says more.
void Importer::keepAsNote(const Row &row, Meeting &meeting, const QString &why)
{
    const QString words = cell(row, Schedule);
    const QString note = cell(row, ScheduleNote);
    if (!note.isEmpty() && note != words) {
        problem(row.number, Schedule, why + u"; zet deze tekst in toelichting rooster (die is al gevuld)"_s);
        return;
    }
    warn(row.number, Schedule, why + u"; bewaard als toelichting, zonder data"_s);
    meeting.scheduleNote = {words, {}, {}};
    meeting.start = {};
    meeting.rrule.clear();
}

// The rule: the rule column when it is filled, which must agree with the words; nothing after a problem.
std::optional<QString> Importer::ruleOf(const Row &row, const QString &parsedRule)
{
    const QString rule = cell(row, Rule);
    if (rule.isEmpty())
        return parsedRule;
    if (const kring::Status valid = Recurrence::validate(rule); !valid) {
        problem(row.number, Rule, valid.error());
        return std::nullopt;
    }
    if (!parsedRule.isEmpty() && parsedRule != rule) {
        problem(
            row.number, Rule,
            u"'%1' zegt iets anders dan het rooster ('%2'); maak één van beide leeg"_s.arg(rule, parsedRule));
        return std::nullopt;
    }
    return rule;
}

// The date of the first meeting: the first date column or the date in the words; nothing after a problem.
std::optional<QDate> Importer::firstDateOf(const Row &row, const ParsedSchedule &schedule,
                                           const QString &rrule)
{
    const QString firstDateText = cell(row, FirstDate);
    const QDate firstDate = firstDateText.isEmpty() ? QDate() : dateOf(firstDateText);
    QDate date = firstDate;
    if (schedule.date.isValid()) {
        if (firstDate.isValid() && firstDate != schedule.date) {
            problem(row.number, FirstDate,
                    u"%1, maar het rooster noemt %2"_s.arg(firstDate.toString(Qt::ISODate),
                                                           schedule.date.toString(Qt::ISODate)));
            return std::nullopt;
        }
        date = schedule.date;
    }
    if (!date.isValid()) {
        if (firstDateText.isEmpty())
            problem(row.number, FirstDate,
                    rrule.isEmpty()
                        ? u"leeg; op welke datum is de bijeenkomst?"_s
                        : u"leeg; vul de datum van de eerste bijeenkomst in (die legt ook vast in welke "
                          u"weken een tweewekelijks rooster valt)"_s);
        return std::nullopt;
    }
    ParsedSchedule check = schedule;
    check.rrule = rrule;
    if (cell(row, Rule).isEmpty() && !check.fallsOn(date)) {
        problem(row.number, FirstDate,
                u"%1 (een %2) valt niet op een dag van het rooster '%3'"_s.arg(
                    date.toString(Qt::ISODate), ScheduleWords(u"nl"_s).date(date).section(u' ', 0, 0),
                    cell(row, Schedule)));
        return std::nullopt;
    }
    return date;
}

} // namespace kring::DirectorySheet
