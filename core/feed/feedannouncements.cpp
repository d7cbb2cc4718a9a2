// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedannouncements.h"

namespace kring::feed {

Announcement scheduleAnnouncement(const trust::SignedAnnouncement &signedAnnouncement)
{
    const trust::AnnouncementPayload &payload = signedAnnouncement.payload;
    Announcement announcement;
    switch (payload.kind) {
    case trust::AnnouncementKind::Cancel:
        announcement.kind = Announcement::Kind::Cancel;
        break;
    case trust::AnnouncementKind::Move:
        announcement.kind = Announcement::Kind::Move;
        break;
    case trust::AnnouncementKind::Relocate:
        announcement.kind = Announcement::Kind::Relocate;
        break;
    case trust::AnnouncementKind::Pause:
        announcement.kind = Announcement::Kind::Pause;
        break;
    case trust::AnnouncementKind::Reschedule:
        announcement.kind = Announcement::Kind::Reschedule;
        break;
    case trust::AnnouncementKind::Note:
    case trust::AnnouncementKind::Withdraw: // not shown (StoredFeed::read leaves withdrawals out): a note
                                            // without text or last day changes no date
        announcement.kind = Announcement::Kind::Note;
        break;
    }
    announcement.groupId = payload.group;
    announcement.date = payload.date;
    announcement.until = payload.until;
    if (payload.newDate.isValid())
        announcement.movedTo = QDateTime(payload.newDate, payload.newTime);
    announcement.venue = payload.venue;
    announcement.rrule = payload.rrule;
    announcement.time = payload.time;
    announcement.text = payload.note;
    return announcement;
}

} // namespace kring::feed
