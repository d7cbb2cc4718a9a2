// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "follow/followedchanges.h"
#include "result.h"

#include <QDateTime>
#include <QList>

namespace kring {

// What syncs changed for the followed groups and the person has not seen yet, kept until they open the
// group's page (clear) or stop following it.
class FollowedChangeRepository
{
public:
    explicit FollowedChangeRepository(Database &database)
        : m_database(database)
    {}

    // Keeps `changes` after those already kept; one the same as an unseen change is not kept twice.
    [[nodiscard]] Status add(const QList<FollowedChanges::Change> &changes,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The unseen changes, oldest first.
    [[nodiscard]] Result<QList<FollowedChanges::Change>> all();
    // The person has seen group `groupId` (or no longer follows it).
    [[nodiscard]] Status clear(const QString &groupId);

private:
    Database &m_database;
};

} // namespace kring
