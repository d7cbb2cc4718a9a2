// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryrepository.h"

#include "catalogrepository.h"

#include "storedtime.h"

namespace kring {

Result<std::optional<DirectorySnapshot>> DirectoryRepository::current()
{
    Result<Statement> query =
        m_database.prepare("SELECT directory, feed_version, stored_at, compressed FROM directory_snapshot "
                           "WHERE id = 1;");
    if (!query)
        return Error{query.error()};
    const Result<bool> row = query.value().step();
    if (!row)
        return Error{row.error()};
    if (!row.value())
        return std::optional<DirectorySnapshot>();
    const Statement &statement = query.value();
    QByteArray json = statement.blob(0);
    if (statement.int64(3) != 0) {
        json = qUncompress(json);
        if (json.isEmpty())
            return Error{Database::describe(StoreProblem::Damaged, m_database.path())};
    }
    return std::optional<DirectorySnapshot>(
        DirectorySnapshot{json, statement.int64(1), StoredTime::read(statement, 2)});
}

Result<std::optional<SnapshotInfo>> DirectoryRepository::currentInfo()
{
    Result<Statement> query =
        m_database.prepare("SELECT feed_version, stored_at FROM directory_snapshot WHERE id = 1;");
    if (!query)
        return Error{query.error()};
    const Result<bool> row = query.value().step();
    if (!row)
        return Error{row.error()};
    if (!row.value())
        return std::optional<SnapshotInfo>();
    return std::optional<SnapshotInfo>(
        SnapshotInfo{query.value().int64(0), StoredTime::read(query.value(), 1)});
}

Result<qint64> DirectoryRepository::currentFeedVersion()
{
    return m_database.queryInt("SELECT feed_version FROM directory_snapshot WHERE id = 1;");
}

Result<QList<QByteArray>> DirectoryRepository::announcements()
{
    Result<Statement> query =
        m_database.prepare("SELECT envelope FROM feed_announcements ORDER BY position;");
    if (!query)
        return Error{query.error()};
    QList<QByteArray> envelopes;
    for (;;) {
        const Result<bool> row = query.value().step();
        if (!row)
            return Error{row.error()};
        if (!row.value())
            return envelopes;
        envelopes.append(query.value().blob(0));
    }
}

namespace {

Status replaceAnnouncements(Database &database, const QList<QByteArray> &announcements)
{
    if (const Status cleared = database.execute("DELETE FROM feed_announcements;"); !cleared)
        return cleared;
    for (qsizetype i = 0; i < announcements.size(); ++i) {
        Result<Statement> statement =
            database.prepare("INSERT INTO feed_announcements (position, envelope) VALUES (?, ?);");
        if (!statement)
            return Error{statement.error()};
        statement.value().bind(1, qint64(i)).bindBlob(2, announcements[i]);
        if (const Status stored = statement.value().run(); !stored)
            return stored;
    }
    return Done{};
}

} // namespace

Status DirectoryRepository::updateAnnouncements(qint64 feedVersion, const trust::TrustState &trust,
                                                const QList<QByteArray> &announcements)
{
    Result<Transaction> transaction = Transaction::begin(m_database);
    if (!transaction)
        return Error{transaction.error()};
    Result<Statement> statement =
        m_database.prepare("UPDATE directory_snapshot SET feed_version = ? WHERE id = 1;");
    if (!statement)
        return Error{statement.error()};
    statement.value().bind(1, feedVersion);
    if (const Status stored = statement.value().run(); !stored)
        return stored;
    if (const Status stored = replaceAnnouncements(m_database, announcements); !stored)
        return stored;
    if (const Status trusted = TrustStateRepository(m_database).save(trust); !trusted)
        return trusted;
    return transaction.value().commit();
}

Status DirectoryRepository::addAnnouncement(const QByteArray &envelope, const trust::TrustState &trust)
{
    Result<Transaction> transaction = Transaction::begin(m_database);
    if (!transaction)
        return Error{transaction.error()};
    Result<Statement> statement =
        m_database.prepare("INSERT INTO feed_announcements (position, envelope) VALUES "
                           "((SELECT COALESCE(MAX(position), -1) + 1 FROM feed_announcements), ?);");
    if (!statement)
        return Error{statement.error()};
    statement.value().bindBlob(1, envelope);
    if (const Status stored = statement.value().run(); !stored)
        return stored;
    if (const Status trusted = TrustStateRepository(m_database).save(trust); !trusted)
        return trusted;
    return transaction.value().commit();
}

Status DirectoryRepository::replace(const DirectorySnapshot &snapshot, const trust::TrustState &trust,
                                    const QList<QByteArray> &announcements)
{
    Result<Transaction> transaction = Transaction::begin(m_database);
    if (!transaction)
        return Error{transaction.error()};
    Result<Statement> statement =
        m_database.prepare("INSERT OR REPLACE INTO directory_snapshot (id, feed_version, stored_at, "
                           "directory, compressed) VALUES (1, ?, ?, ?, 1);");
    if (!statement)
        return Error{statement.error()};
    statement.value().bind(1, snapshot.feedVersion);
    StoredTime::bind(statement.value(), 2,
                     snapshot.storedAt.isValid() ? snapshot.storedAt : QDateTime::currentDateTimeUtc());
    // Compressed: JSON shrinks about tenfold, and every start checks every page of the file.
    statement.value().bindBlob(3, qCompress(snapshot.directoryJson));
    if (const Status stored = statement.value().run(); !stored)
        return stored;
    if (const Status cleared = CatalogRepository(m_database).clear(); !cleared)
        return cleared;
    if (const Status stored = replaceAnnouncements(m_database, announcements); !stored)
        return stored;
    if (const Status trusted = TrustStateRepository(m_database).save(trust); !trusted)
        return trusted;
    return transaction.value().commit();
}

} // namespace kring
