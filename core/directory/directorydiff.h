// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kring::DirectoryDiff {

// What a new directory changes for one group, for review before signing.
struct Change {
    enum class Kind { Added, Removed, Changed };
    QString group; // the group id
    Kind kind = Kind::Changed;
    // For Changed, in this order, each at most once: "name" (renamed), "summary", "themes", "audience",
    // "keywords", "languages", "contact", "meetings" (a meeting added or removed), "meeting_name",
    // "schedule" (start, time zone, duration, rule, exception and extra dates, breaks, schedule note),
    // "status" (paused or active), "venue" (another place or room, or the place's own details changed),
    // "online" (attendance, link or dial-in number).
    QStringList fields;
};

// The changes from `before` to `after`: changed and added groups in the order of `after`, then the removed
// ones in the order of `before`. Nothing for groups that are the same (also when a venue or theme they do
// not use changed).
[[nodiscard]] QList<Change> compare(const Directory &before, const Directory &after);

// One change as the JSON line `kring-publisher diff` prints: {"group":ID,"change":..,"fields":[..]}.
[[nodiscard]] QByteArray jsonLine(const Change &change);

// One change in words for the people who sign: "changed group ehv-rouw: name, schedule".
[[nodiscard]] QString describe(const Change &change);

} // namespace kring::DirectoryDiff
