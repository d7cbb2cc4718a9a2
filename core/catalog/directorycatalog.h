// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"
#include "result.h"
#include "schedule/announcement.h"
#include "search/searchindex.h"
#include "store/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <functional>
#include <memory>

namespace kring::DirectoryCatalog {

// The search index of the snapshot in `database`, counted from `now`. It is read from the stored catalog when
// one belongs to this snapshot and still knows every meeting's next date; otherwise the snapshot is read,
// validated and indexed, and the catalog is stored for the next start. `sourceName` names the snapshot in
// messages.
[[nodiscard]] Result<std::shared_ptr<const SearchIndex>> open(Database &database, const QString &sourceName,
                                                              const QDateTime &now);

// The stored search index counted from `now`, when one belongs to the snapshot in use; null otherwise. It may
// be stale (SearchIndex::isStale): usable at once, but some next meetings are missing until it is built
// again. Only reads.
[[nodiscard]] std::shared_ptr<const SearchIndex> readStored(Database &database, const QDateTime &now);

// Indexes `directory` (the snapshot in use) from `now` and stores the catalog. A store opened read-only keeps
// its old catalog; the index is returned all the same.
[[nodiscard]] Result<std::shared_ptr<const SearchIndex>>
rebuild(Database &database, std::shared_ptr<const Directory> directory, const QDateTime &now);

// The directory holding only group `groupId`, with the themes and venues it refers to, as the group page
// shows it. `index` is the stored catalog's index (it says where the group is kept).
[[nodiscard]] Result<std::shared_ptr<const Directory>>
groupDirectory(Database &database, const SearchIndex &index, const QString &groupId);

// Applies verified announcements to the next meetings in `index`: a cancelled occurrence is not the next one,
// a moved one counts at its new time. `directoryOf` gives a directory that holds the group (the whole one, or
// the group's own from the store); groups it cannot give are left as they are.
void applyAnnouncements(
    SearchIndex &index, const QList<Announcement> &announcements,
    const std::function<std::shared_ptr<const Directory>(const QString &groupId)> &directoryOf);

// Each group's own small directory (kring-directory/1), in directory order, packed groupsPerChunk to a chunk
// and compressed: one chunk is quick to read, and many small directories together compress well.
inline constexpr int groupsPerChunk = 64;
[[nodiscard]] QList<QByteArray> packGroups(const Directory &directory);

} // namespace kring::DirectoryCatalog
