// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QLatin1StringView>
#include <QtCore/QStringView>

#include <optional>

namespace kring {

// What a contact person can announce about their group's meetings: one list for the signed announcement
// (core/trust), its effect on the dates (core/schedule), the feed and the screens. Withdraw takes back an
// earlier announcement and changes no date itself.
enum class AnnouncementKind { Cancel, Move, Relocate, Pause, Reschedule, Note, Withdraw };

// The longest note, in characters.
inline constexpr qsizetype maxAnnouncementNoteLength = 280;

// The parts an announcement can carry, as flags (in this order in messages that name the first missing one).
enum AnnouncementField : unsigned {
    DateField = 1U << 0,      // "date": the occurrence, or the first day
    UntilField = 1U << 1,     // "until": the last day, inclusive
    NewStartField = 1U << 2,  // "to": a move's new date and time
    RuleField = 1U << 3,      // "rrule": a reschedule's new rule
    TimeField = 1U << 4,      // "time": a reschedule's new start time
    VenueField = 1U << 5,     // "venue": where it takes place instead
    NoteField = 1U << 6,      // "note": the text of a note
    WithdrawsField = 1U << 7, // "withdraws": the digest of the announcement taken back
};

// Which parts a kind needs (all of `needed`, and one of `oneOf` when that is set) and which it may carry.
struct AnnouncementKindRules {
    AnnouncementKind kind;
    QLatin1StringView name; // in the signed format ("cancel", "move"...)
    unsigned needed;
    unsigned oneOf;
    unsigned allowed; // besides needed and oneOf
};

[[nodiscard]] const AnnouncementKindRules &announcementKindRules(AnnouncementKind kind);
[[nodiscard]] QLatin1StringView announcementKindName(AnnouncementKind kind);
[[nodiscard]] std::optional<AnnouncementKind> announcementKindFromName(QStringView name);
// The name of a part in the signed format ("date", "to"...).
[[nodiscard]] QLatin1StringView announcementFieldName(AnnouncementField field);

} // namespace kring
