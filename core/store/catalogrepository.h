// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace kring {

// What the app derives from the directory snapshot so that it starts without reading the whole directory: the
// search index and the groups' own small directories, packed a number of groups to a chunk. The bytes are
// opaque here. Replacing the snapshot clears the catalog in the same transaction, so a stored
// catalog always belongs to the snapshot in use.
class CatalogRepository
{
public:
    explicit CatalogRepository(Database &database)
        : m_database(database)
    {}

    struct StoredIndex {
        QByteArray data;
        QDateTime builtFor; // UTC
    };
    // The stored index; nothing when none was stored for this snapshot.
    [[nodiscard]] Result<std::optional<StoredIndex>> index();
    // Chunk number `chunk` of the groups; nothing when there is no such chunk.
    [[nodiscard]] Result<std::optional<QByteArray>> groupChunk(qint64 chunk);
    // Stores a new catalog whole, in one transaction: the index and the chunks of groups, numbered from 0.
    [[nodiscard]] Status replace(const StoredIndex &index, const QList<QByteArray> &groupChunks);
    // Replaces only the index (a newer moment for the same snapshot).
    [[nodiscard]] Status replaceIndex(const StoredIndex &index);
    [[nodiscard]] Status clear();

private:
    Database &m_database;
};

} // namespace kring
