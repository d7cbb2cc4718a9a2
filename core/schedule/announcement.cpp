// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcement.h"

#include "recurrence.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace kring {
namespace {

bool appliesTo(const Announcement &announcement, const Meeting &meeting, const QString &groupId)
{
    return announcement.groupId == groupId &&
           (announcement.meetingId.isEmpty() || announcement.meetingId == meeting.id);
}

bool covers(const Announcement &announcement, QDate date)
{
    const QDate last = announcement.until.isValid() ? announcement.until : announcement.date;
    return date >= announcement.date && date <= last;
}

} // namespace

Status Announcement::validate() const
{
    auto problem = [](const char *text) { return Error{QCoreApplication::translate("Announcement", text)}; };
    if (groupId.isEmpty())
        return problem(
            QT_TRANSLATE_NOOP("Announcement", "The announcement does not say which group it is for."));
    const AnnouncementKindRules &rules = announcementKindRules(kind);
    const unsigned present = (date.isValid() ? DateField : 0U) | (until.isValid() ? UntilField : 0U) |
                             (movedTo.isValid() ? NewStartField : 0U) |
                             (venue.trimmed().isEmpty() ? 0U : VenueField) |
                             (rrule.isEmpty() ? 0U : RuleField) | (time.isValid() ? TimeField : 0U) |
                             (text.trimmed().isEmpty() ? 0U : NoteField);
    // What each missing part is called, in the order a person fills them in.
    const std::pair<AnnouncementField, const char *> needs[] = {
        {DateField, QT_TRANSLATE_NOOP("Announcement", "The announcement has no date.")},
        {NewStartField, QT_TRANSLATE_NOOP("Announcement", "A move needs the new date and time.")},
        {VenueField, QT_TRANSLATE_NOOP("Announcement", "A change of place needs the new place.")},
        {NoteField, QT_TRANSLATE_NOOP("Announcement", "A note needs a text.")},
        {UntilField, QT_TRANSLATE_NOOP("Announcement", "The announcement needs its last day.")},
        {WithdrawsField, QT_TRANSLATE_NOOP("Announcement", "A withdrawal changes no date by itself.")}};
    for (const auto &[field, text] : needs) {
        if ((rules.needed & field) && !(present & field))
            return problem(text);
    }
    if (rules.oneOf && !(present & rules.oneOf))
        return problem(QT_TRANSLATE_NOOP("Announcement", "A new schedule needs a new rule, time or place."));
    if (until.isValid() && date.isValid() && until < date)
        return problem(QT_TRANSLATE_NOOP("Announcement", "The announcement ends before it begins."));
    if (text.size() > maxAnnouncementNoteLength)
        return Error{QCoreApplication::translate("Announcement", "A note has at most %1 characters.")
                         .arg(maxAnnouncementNoteLength)};
    if (!rrule.isEmpty())
        return Recurrence::validate(rrule);
    return Done{};
}

QList<ScheduledOccurrence> applyAnnouncements(const Meeting &meeting, const QString &groupId,
                                              const QList<Occurrence> &occurrences,
                                              const QList<Announcement> &announcements)
{
    QList<ScheduledOccurrence> result;
    for (const Occurrence &occurrence : occurrences) {
        ScheduledOccurrence scheduled{occurrence, OccurrenceStatus::Scheduled, {}, {}, {}};
        const QDate date = occurrence.start.date();
        const bool inBreak = std::any_of(meeting.breaks.cbegin(), meeting.breaks.cend(),
                                         [&](const DateRange &range) { return range.contains(date); });
        if (meeting.status == MeetingStatus::Paused || inBreak)
            scheduled.status = OccurrenceStatus::Paused;
        // In order of strength: a cancellation or pause wins over a move, a move over a change of place.
        auto strength = [](OccurrenceStatus status) {
            switch (status) {
            case OccurrenceStatus::Cancelled:
            case OccurrenceStatus::Paused:
                return 3;
            case OccurrenceStatus::Moved:
                return 2;
            case OccurrenceStatus::Relocated:
            case OccurrenceStatus::Rescheduled:
                return 1;
            case OccurrenceStatus::Scheduled:
                break;
            }
            return 0;
        };
        auto mark = [&](OccurrenceStatus status) {
            if (strength(status) < strength(scheduled.status))
                return false;
            scheduled.status = status;
            if (!scheduled.takesPlace())
                scheduled.venue.clear(); // no other place for a meeting that does not take place
            return true;
        };
        for (const Announcement &announcement : announcements) {
            if (!appliesTo(announcement, meeting, groupId))
                continue;
            switch (announcement.kind) {
            case AnnouncementKind::Cancel:
                if (date == announcement.date)
                    mark(OccurrenceStatus::Cancelled);
                break;
            case AnnouncementKind::Pause:
                if (covers(announcement, date))
                    mark(OccurrenceStatus::Paused);
                break;
            case AnnouncementKind::Move:
                if (date == announcement.date && announcement.movedTo.isValid() &&
                    mark(OccurrenceStatus::Moved)) {
                    const QTimeZone zone = occurrence.start.timeZone();
                    const QDateTime newStart(announcement.movedTo.date(), announcement.movedTo.time(), zone);
                    scheduled.originalStart = occurrence.start;
                    scheduled.occurrence = {newStart,
                                            newStart.addSecs(occurrence.start.secsTo(occurrence.end))};
                }
                break;
            case AnnouncementKind::Relocate:
                if (covers(announcement, date)) {
                    if (scheduled.status == OccurrenceStatus::Moved || mark(OccurrenceStatus::Relocated))
                        scheduled.venue = announcement.venue;
                }
                break;
            case AnnouncementKind::Note:
                if (date <= announcement.until && !scheduled.notes.contains(announcement.text))
                    scheduled.notes.append(announcement.text);
                break;
            case AnnouncementKind::Reschedule: // changes the occurrences themselves (upcoming())
            case AnnouncementKind::Withdraw:   // takes back another announcement, changes no date itself
                break;
            }
        }
        result.append(scheduled);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const ScheduledOccurrence &a, const ScheduledOccurrence &b) {
                         return a.occurrence.start < b.occurrence.start;
                     });
    return result;
}

Result<QList<ScheduledOccurrence>> upcoming(const Meeting &meeting, const QString &groupId,
                                            const QList<Announcement> &announcements, const QDateTime &now,
                                            int count)
{
    // The latest reschedule that applies takes over from its date on.
    const Announcement *reschedule = nullptr;
    for (const Announcement &announcement : announcements) {
        if (announcement.kind == AnnouncementKind::Reschedule && appliesTo(announcement, meeting, groupId) &&
            announcement.date.isValid() && (!reschedule || announcement.date >= reschedule->date))
            reschedule = &announcement;
    }
    auto before = Occurrences::next(meeting, now, count);
    if (!before)
        return Error{before.error()};
    QList<Occurrence> occurrences = std::move(before).value();
    QList<Occurrence> rescheduled;
    if (reschedule) {
        occurrences.removeIf([&](const Occurrence &o) { return o.start.date() >= reschedule->date; });
        Meeting changed = meeting;
        const QTime time = reschedule->time.isValid() ? reschedule->time : meeting.start.time();
        if (!reschedule->rrule.isEmpty())
            changed.rrule = reschedule->rrule;
        // The old rule continues from the first of its dates on or after the reschedule date.
        QDate anchor = reschedule->date;
        if (reschedule->rrule.isEmpty() && !meeting.rrule.isEmpty()) {
            auto old = Occurrences::between(
                meeting, QDateTime(reschedule->date, QTime(0, 0), meeting.start.timeZone()),
                QDateTime(reschedule->date.addYears(1), QTime(0, 0), meeting.start.timeZone()));
            if (old && !old.value().isEmpty())
                anchor = old.value().first().start.date();
        }
        changed.start = QDateTime(anchor, time, meeting.start.timeZone());
        changed.exceptionDates.removeIf([&](const QDateTime &d) { return d.date() < reschedule->date; });
        changed.additionalDates.removeIf([&](const QDateTime &d) { return d.date() < reschedule->date; });
        auto after = Occurrences::next(changed, now, count);
        if (!after)
            return Error{after.error()};
        rescheduled = std::move(after).value();
    }
    QList<Occurrence> all = occurrences + rescheduled;
    std::sort(all.begin(), all.end(),
              [](const Occurrence &a, const Occurrence &b) { return a.start < b.start; });
    QList<ScheduledOccurrence> result = applyAnnouncements(meeting, groupId, all, announcements);
    QSet<qint64> rescheduledStarts;
    for (const Occurrence &occurrence : rescheduled)
        rescheduledStarts.insert(occurrence.start.toMSecsSinceEpoch());
    for (ScheduledOccurrence &scheduled : result) {
        const QDateTime start =
            scheduled.originalStart.isValid() ? scheduled.originalStart : scheduled.occurrence.start;
        if (!rescheduledStarts.contains(start.toMSecsSinceEpoch()))
            continue;
        if (scheduled.status == OccurrenceStatus::Scheduled)
            scheduled.status = OccurrenceStatus::Rescheduled;
        if (scheduled.venue.isEmpty() && scheduled.takesPlace())
            scheduled.venue = reschedule->venue;
    }
    if (result.size() > count)
        result.resize(count);
    return result;
}

} // namespace kring
