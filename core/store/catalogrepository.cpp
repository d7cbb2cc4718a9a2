// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogrepository.h"

#include "storedtime.h"

namespace kring {

Result<std::optional<CatalogRepository::StoredIndex>> CatalogRepository::index()
{
    Result<Statement> query = m_database.prepare("SELECT built_for FROM catalog_index WHERE id = 1;");
    if (!query)
        return Error{query.error()};
    const Result<bool> row = query.value().step();
    if (!row)
        return Error{row.error()};
    if (!row.value())
        return std::optional<StoredIndex>();
    const QDateTime builtFor = StoredTime::read(query.value(), 0);
    // Some megabytes: read in place rather than through a statement, which would copy them once more.
    Result<QByteArray> data = m_database.readBlob("catalog_index", "data", 1);
    if (!data)
        return Error{data.error()};
    return std::optional<StoredIndex>(StoredIndex{std::move(data).value(), builtFor});
}

Result<std::optional<QByteArray>> CatalogRepository::groupChunk(qint64 chunk)
{
    Result<Statement> query = m_database.prepare("SELECT groups FROM catalog_groups WHERE chunk = ?;");
    if (!query)
        return Error{query.error()};
    query.value().bind(1, chunk);
    const Result<bool> row = query.value().step();
    if (!row)
        return Error{row.error()};
    if (!row.value())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(query.value().blob(0));
}

Status CatalogRepository::replaceIndex(const StoredIndex &index)
{
    Result<Statement> statement =
        m_database.prepare("INSERT OR REPLACE INTO catalog_index (id, built_for, data) VALUES (1, ?, ?);");
    if (!statement)
        return Error{statement.error()};
    StoredTime::bind(statement.value(), 1, index.builtFor);
    statement.value().bindBlob(2, index.data);
    return statement.value().run();
}

Status CatalogRepository::replace(const StoredIndex &index, const QList<QByteArray> &groupChunks)
{
    Result<Transaction> transaction = Transaction::begin(m_database);
    if (!transaction)
        return Error{transaction.error()};
    if (const Status cleared = clear(); !cleared)
        return cleared;
    Result<Statement> insert =
        m_database.prepare("INSERT INTO catalog_groups (chunk, groups) VALUES (?, ?);");
    if (!insert)
        return Error{insert.error()};
    for (qsizetype chunk = 0; chunk < groupChunks.size(); ++chunk) {
        insert.value().bind(1, qint64(chunk)).bindBlob(2, groupChunks[chunk]);
        if (const Status inserted = insert.value().run(); !inserted)
            return inserted;
        insert.value().reset();
    }
    if (const Status stored = replaceIndex(index); !stored)
        return stored;
    return transaction.value().commit();
}

Status CatalogRepository::clear()
{
    if (const Status cleared = m_database.execute("DELETE FROM catalog_index;"); !cleared)
        return cleared;
    return m_database.execute("DELETE FROM catalog_groups;");
}

} // namespace kring
