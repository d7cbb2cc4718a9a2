// SPDX-License-Identifier: GPL-3.0-or-later
#include "followrepository.h"

#include "storedtime.h"

namespace kring {

Status FollowRepository::follow(const QString &groupId, const QDateTime &now)
{
    Result<Statement> statement =
        m_database.prepare("INSERT OR IGNORE INTO follows (group_id, followed_at) VALUES (?, ?);");
    if (!statement)
        return Error{statement.error()};
    statement.value().bind(1, groupId);
    StoredTime::bind(statement.value(), 2, now);
    return statement.value().run();
}

Status FollowRepository::unfollow(const QString &groupId)
{
    Result<Statement> statement = m_database.prepare("DELETE FROM follows WHERE group_id = ?;");
    if (!statement)
        return Error{statement.error()};
    statement.value().bind(1, groupId);
    return statement.value().run();
}

Status FollowRepository::markSeen(const QString &groupId, const QDateTime &now)
{
    Result<Statement> statement = m_database.prepare("UPDATE follows SET last_seen = ? WHERE group_id = ?;");
    if (!statement)
        return Error{statement.error()};
    StoredTime::bind(statement.value(), 1, now);
    statement.value().bind(2, groupId);
    return statement.value().run();
}

Result<QList<FollowedGroup>> FollowRepository::all()
{
    Result<Statement> query = m_database.prepare(
        "SELECT group_id, followed_at, last_seen FROM follows ORDER BY followed_at, rowid;");
    if (!query)
        return Error{query.error()};
    QList<FollowedGroup> groups;
    for (;;) {
        const Result<bool> row = query.value().step();
        if (!row)
            return Error{row.error()};
        if (!row.value())
            return groups;
        const Statement &s = query.value();
        groups.append({s.text(0), StoredTime::read(s, 1), StoredTime::read(s, 2)});
    }
}

Result<qint64> FollowRepository::count()
{
    return m_database.queryInt("SELECT count(*) FROM follows;");
}

} // namespace kring
