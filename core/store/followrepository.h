// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "result.h"

#include <QDateTime>
#include <QList>

namespace kring {

struct FollowedGroup {
    QString groupId;
    QDateTime followedAt; // UTC
    QDateTime lastSeen;   // UTC; invalid until the person first looks at the group's changes

    bool operator==(const FollowedGroup &) const = default;
};

// The groups the person follows, with when they last looked at each.
class FollowRepository
{
public:
    explicit FollowRepository(Database &database)
        : m_database(database)
    {}

    // Following a group that is already followed changes nothing.
    [[nodiscard]] Status follow(const QString &groupId,
                                const QDateTime &now = QDateTime::currentDateTimeUtc());
    [[nodiscard]] Status unfollow(const QString &groupId);
    [[nodiscard]] Status markSeen(const QString &groupId,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Ordered by when they were followed, oldest first.
    [[nodiscard]] Result<QList<FollowedGroup>> all();
    [[nodiscard]] Result<qint64> count();

private:
    Database &m_database;
};

} // namespace kring
