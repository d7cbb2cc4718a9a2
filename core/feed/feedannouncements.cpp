// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedannouncements.h"

namespace kring::feed {

Announcement scheduleAnnouncement(const trust::SignedAnnouncement &signedAnnouncement)
{
    const trust::AnnouncementPayload &payload = signedAnnouncement.payload;
    Announcement announcement;
    // Withdrawals are not shown (StoredFeed::read leaves them out); one would change no date.
    announcement.kind = payload.kind;
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
