// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"

#include <QString>

// What "Add to calendar" writes as the title of a group's meetings: the group's name, or a neutral word
// ("Afspraak") that tells someone looking at the calendar nothing. By default the title is neutral for
// groups with a sensitive theme (a list kept here, by category and theme id: docs/discretion.md).
namespace kring::CalendarTitle {

enum class Choice {
    ByTheme,   // neutral for a sensitive theme, else the group's name (the default)
    GroupName, // always the group's name
    Neutral,   // always neutral
};

// The setting in the store that keeps the choice ("theme", "name", "neutral").
inline constexpr QLatin1StringView setting{"calendar.title"};
[[nodiscard]] Choice fromSetting(const QString &value);
[[nodiscard]] QString toSetting(Choice choice);

// True when one of the group's themes (or its category) is on the sensitive list.
[[nodiscard]] bool isSensitive(const Directory &directory, const Group &group);
// True when the calendar entry of `group` gets the neutral title under `choice`.
[[nodiscard]] bool isNeutral(Choice choice, const Directory &directory, const Group &group);
// The neutral title, in the interface language: "Afspraak" / "Appointment".
[[nodiscard]] QString neutralTitle();

} // namespace kring::CalendarTitle
