// SPDX-License-Identifier: GPL-3.0-or-later
#include "truststaterepository.h"

#include "storedtime.h"

namespace kring {

Result<TrustState> TrustStateRepository::load()
{
    Result<Statement> query = m_database.prepare(
        "SELECT root_version, snapshot_version, newest_issued FROM trust_state WHERE id = 1;");
    if (!query)
        return Error{query.error()};
    Statement &statement = query.value();
    const Result<bool> row = statement.step();
    if (!row)
        return Error{row.error()};
    TrustState state;
    if (row.value()) {
        state.rootVersion = statement.int64(0);
        state.snapshotVersion = statement.int64(1);
        state.newestIssued = StoredTime::read(statement, 2);
    }
    return state;
}

Status TrustStateRepository::save(const TrustState &state)
{
    Result<Statement> statement = m_database.prepare(
        "INSERT OR REPLACE INTO trust_state (id, root_version, snapshot_version, newest_issued) "
        "VALUES (1, ?, ?, ?);");
    if (!statement)
        return Error{statement.error()};
    statement.value().bind(1, state.rootVersion).bind(2, state.snapshotVersion);
    StoredTime::bind(statement.value(), 3, state.newestIssued);
    return statement.value().run();
}

Result<qint64> TrustStateRepository::sequence(const QString &contactKeyId, const QString &groupId)
{
    Result<Statement> query = m_database.prepare(
        "SELECT sequence FROM announcement_sequence WHERE contact_key_id = ? AND group_id = ?;");
    if (!query)
        return Error{query.error()};
    query.value().bind(1, contactKeyId).bind(2, groupId);
    const Result<bool> row = query.value().step();
    if (!row)
        return Error{row.error()};
    return row.value() ? query.value().int64(0) : 0;
}

Status TrustStateRepository::setSequence(const QString &contactKeyId, const QString &groupId, qint64 sequence)
{
    Result<Statement> statement =
        m_database.prepare("INSERT OR REPLACE INTO announcement_sequence (contact_key_id, group_id, "
                           "sequence) VALUES (?, ?, ?);");
    if (!statement)
        return Error{statement.error()};
    statement.value().bind(1, contactKeyId).bind(2, groupId).bind(3, sequence);
    return statement.value().run();
}

} // namespace kring
