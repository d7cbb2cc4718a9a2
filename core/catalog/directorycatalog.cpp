// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorycatalog.h"

#include "directory/directoryjson.h"
#include "store/catalogrepository.h"
#include "store/directoryrepository.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QSet>

#include <future>

namespace kring::DirectoryCatalog {

std::shared_ptr<const SearchIndex> readStored(Database &database, const QDateTime &now)
{
    const Result<std::optional<CatalogRepository::StoredIndex>> stored = CatalogRepository(database).index();
    if (!stored || !stored.value() || stored.value()->builtFor > now)
        return nullptr;
    Result<SearchIndex> index = SearchIndex::deserialize(stored.value()->data);
    if (!index)
        return nullptr;
    index.value().advanceTo(now);
    return std::make_shared<const SearchIndex>(std::move(index).value());
}

Result<std::shared_ptr<const SearchIndex>> open(Database &database, const QString &sourceName,
                                                const QDateTime &now)
{
    if (std::shared_ptr<const SearchIndex> stored = readStored(database, now);
        stored && !stored->isStale(now))
        return stored;
    const Result<std::optional<DirectorySnapshot>> snapshot = DirectoryRepository(database).current();
    if (!snapshot)
        return Error{snapshot.error()};
    if (!snapshot.value())
        return Error{QCoreApplication::translate("DirectoryCatalog", "Kring holds no group directory yet.")};
    Result<Directory> directory = DirectoryJson::parse(snapshot.value()->directoryJson, sourceName);
    if (!directory)
        return Error{directory.error()};
    return rebuild(database, std::make_shared<const Directory>(std::move(directory).value()), now);
}

Result<std::shared_ptr<const SearchIndex>>
rebuild(Database &database, std::shared_ptr<const Directory> directory, const QDateTime &now)
{
    // The groups' own directories are packed on a second thread while the index is built.
    std::future<QList<QByteArray>> groups;
    if (!database.isReadOnly())
        groups = std::async(std::launch::async, [directory] { return packGroups(*directory); });
    auto index = std::make_shared<const SearchIndex>(SearchIndex::build(directory, now, scheduledTimes));
    if (database.isReadOnly())
        return std::shared_ptr<const SearchIndex>(index);
    if (const Status stored = CatalogRepository(database).replace({index->serialize(), now}, groups.get());
        !stored)
        return Error{stored.error()};
    return std::shared_ptr<const SearchIndex>(index);
}

Result<std::shared_ptr<const Directory>> groupDirectory(Database &database, const SearchIndex &index,
                                                        const QString &groupId)
{
    const Error gone{
        QCoreApplication::translate("DirectoryCatalog", "This group is no longer in the directory.")};
    const int position = index.groupPosition(groupId);
    if (position < 0)
        return gone;
    const Result<std::optional<QByteArray>> chunk =
        CatalogRepository(database).groupChunk(position / groupsPerChunk);
    if (!chunk)
        return Error{chunk.error()};
    if (!chunk.value())
        return gone;
    QDataStream in(qUncompress(*chunk.value()));
    QString id;
    QByteArray json;
    while (!in.atEnd() && in.status() == QDataStream::Ok) {
        in >> id >> json;
        if (id != groupId)
            continue;
        Result<Directory> directory =
            DirectoryJson::parse(json, QCoreApplication::translate("DirectoryCatalog", "the stored group"));
        if (!directory)
            return Error{directory.error()};
        return std::make_shared<const Directory>(std::move(directory).value());
    }
    return gone;
}

void applyAnnouncements(
    SearchIndex &index, const QList<Announcement> &announcements,
    const std::function<std::shared_ptr<const Directory>(const QString &groupId)> &directoryOf)
{
    QSet<QString> groupIds;
    for (const Announcement &announcement : announcements)
        groupIds.insert(announcement.groupId);
    for (const QString &groupId : std::as_const(groupIds)) {
        const int position = index.groupPosition(groupId);
        const std::shared_ptr<const Directory> directory = position < 0 ? nullptr : directoryOf(groupId);
        const Group *group = directory ? directory->group(groupId) : nullptr;
        if (!group)
            continue;
        for (int m = 0; m < int(group->meetings.size()); ++m)
            index.setNextOccurrences(
                position, m, announcedTimes(group->meetings[m], groupId, announcements, index.builtFor()));
    }
}

namespace {

// The directory holding only `group`, with the themes and venues it refers to.
Directory ownDirectory(const Directory &directory, const Group &group)
{
    QList<Theme> themes;
    for (const QString &id : group.themeIds) {
        if (const Theme *theme = directory.theme(id))
            themes.append(*theme);
    }
    QList<Venue> venues;
    QSet<QString> venueIds;
    for (const Meeting &meeting : group.meetings) {
        if (!meeting.hasVenue() || venueIds.contains(meeting.venueId))
            continue;
        venueIds.insert(meeting.venueId);
        if (const Venue *venue = directory.venue(meeting.venueId))
            venues.append(*venue);
    }
    Directory own(themes, venues, {group});
    own.networkName = directory.networkName;
    own.networkWebsite = directory.networkWebsite;
    own.networkPhone = directory.networkPhone;
    own.networkEmail = directory.networkEmail;
    own.updated = directory.updated;
    return own;
}

} // namespace

QList<QByteArray> packGroups(const Directory &directory)
{
    QList<QByteArray> chunks;
    const auto &groups = directory.groups();
    for (qsizetype first = 0; first < groups.size(); first += groupsPerChunk) {
        QByteArray chunk;
        QDataStream out(&chunk, QIODevice::WriteOnly);
        for (qsizetype i = first; i < std::min(groups.size(), first + groupsPerChunk); ++i)
            out << groups[i].id << DirectoryJson::serialize(ownDirectory(directory, groups[i]));
        chunks.append(qCompress(chunk, 3));
    }
    return chunks;
}

} // namespace kring::DirectoryCatalog
