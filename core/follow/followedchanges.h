// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"
#include "schedule/announcement.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

// What a sync changed for the groups the person follows: new or withdrawn announcements, meetings added or
// removed, other times or another place, a group gone from the directory. A pure comparison of the followed
// groups before and after; the caller reads only those groups from the store.
namespace kring::FollowedChanges {

// A verified announcement with the moment it stops applying.
struct KnownAnnouncement {
    Announcement announcement;
    QDateTime expires; // UTC; invalid: never (for this comparison)

    bool operator==(const KnownAnnouncement &) const = default;
};

// One side of the comparison.
struct FollowedData {
    // Each followed group's own small directory (the group with its venues); a group the directory does not
    // hold is absent. A group that could not be read is absent too: it is then never reported as gone.
    QHash<QString, std::shared_ptr<const Directory>> groups;
    QList<KnownAnnouncement> announcements; // may include other groups': only followed ones count
};

enum class Kind {
    Announced,      // a new announcement (`announcement` says which)
    Withdrawn,      // an announcement gone from the feed before it expired
    MeetingAdded,   // the schedule has a meeting it did not have
    MeetingRemoved, // the schedule lost a meeting
    TimesChanged,   // a meeting's times, rule, dates off or breaks changed
    PlaceChanged,   // a meeting's place (venue, its address, room, online or not) changed
    Gone,           // the group is no longer in the directory
};

[[nodiscard]] QString kindName(Kind kind);
[[nodiscard]] std::optional<Kind> kindFromName(const QString &name);

struct Change {
    Kind kind = Kind::Announced;
    QString groupId;
    QString groupName;                        // as the directory named it (for Gone: before it left)
    std::optional<Announcement> announcement; // Announced, Withdrawn

    bool operator==(const Change &) const = default;
};

// The changes for the groups in `followed` from `before` to `after`, grouped by group (in the order of
// `followed`'s ids sorted) and within a group: gone, announcements, then the schedule. An announcement that
// is missing after and has expired at `now` is not a withdrawal. A group that left the directory gets only
// Gone. Nothing changed: an empty list.
[[nodiscard]] QList<Change> compare(const FollowedData &before, const FollowedData &after,
                                    const QSet<QString> &followed, const QDateTime &now);

// The text of the phone notification for `changes`: only "There is news in Kring" (never a group, theme,
// place or date: whoever sees the phone's screen learns nothing); empty when there is nothing new or the
// person has not turned notifications on.
[[nodiscard]] QString notificationText(const QList<Change> &changes, bool enabled);

// The setting (SettingsRepository) that turns notifications on: "1"; off unless set.
inline constexpr QLatin1StringView notificationsSetting{"notifications.followed"};

} // namespace kring::FollowedChanges
