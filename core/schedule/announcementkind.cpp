// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcementkind.h"

#include <array>

using namespace Qt::StringLiterals;

namespace kring {
namespace {

constexpr std::array<AnnouncementKindRules, 7> kindRules{{
    {AnnouncementKind::Cancel, "cancel"_L1, DateField, 0, 0},
    {AnnouncementKind::Move, "move"_L1, DateField | NewStartField, 0, 0},
    {AnnouncementKind::Relocate, "relocate"_L1, DateField | VenueField, 0, UntilField},
    {AnnouncementKind::Pause, "pause"_L1, DateField | UntilField, 0, 0},
    {AnnouncementKind::Reschedule, "reschedule"_L1, DateField, RuleField | TimeField | VenueField, 0},
    {AnnouncementKind::Note, "note"_L1, NoteField | UntilField, 0, DateField},
    {AnnouncementKind::Withdraw, "withdraw"_L1, WithdrawsField, 0, 0},
}};

} // namespace

const AnnouncementKindRules &announcementKindRules(AnnouncementKind kind)
{
    return kindRules.at(std::size_t(kind));
}

QLatin1StringView announcementKindName(AnnouncementKind kind)
{
    return announcementKindRules(kind).name;
}

std::optional<AnnouncementKind> announcementKindFromName(QStringView name)
{
    for (const AnnouncementKindRules &rules : kindRules) {
        if (name == rules.name)
            return rules.kind;
    }
    return std::nullopt;
}

QLatin1StringView announcementFieldName(AnnouncementField field)
{
    switch (field) {
    case DateField:
        return "date"_L1;
    case UntilField:
        return "until"_L1;
    case NewStartField:
        return "to"_L1;
    case VenueField:
        return "venue"_L1;
    case RuleField:
        return "rrule"_L1;
    case TimeField:
        return "time"_L1;
    case NoteField:
        return "note"_L1;
    case WithdrawsField:
        return "withdraws"_L1;
    }
    return {};
}

} // namespace kring
