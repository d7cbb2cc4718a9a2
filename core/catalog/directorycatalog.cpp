// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorycatalog.h"

#include "directory/directoryjson.h"
#include "store/catalogrepository.h"
#include "store/directoryrepository.h"

#include <QCoreApplication>
#include <QSet>

namespace kring::DirectoryCatalog {

std::shared_ptr<const SearchIndex> readStored(Database &database, const QDateTime &now)
{
    const Result<std::optional<CatalogRepository::StoredIndex>> stored = CatalogRepository(database).index();
    if (!stored || !stored.value() || stored.value()->builtFor > now)
        return nullptr;
    Result<SearchIndex> index = SearchIndex::deserialize(stored.value()->data);
    if (!index || index.value().isStale(now))
        return nullptr;
    index.value().advanceTo(now);
    return std::make_shared<const SearchIndex>(std::move(index).value());
}

Result<std::shared_ptr<const SearchIndex>> open(Database &database, const QString &sourceName,
                                                const QDateTime &now)
{
    if (std::shared_ptr<const SearchIndex> stored = readStored(database, now))
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
    auto index = std::make_shared<const SearchIndex>(SearchIndex::build(directory, now, scheduledTimes));
    if (database.isReadOnly())
        return std::shared_ptr<const SearchIndex>(index);
    if (const Status stored =
            CatalogRepository(database).replace({index->serialize(), now}, splitByGroup(*directory));
        !stored)
        return Error{stored.error()};
    return std::shared_ptr<const SearchIndex>(index);
}

Result<std::shared_ptr<const Directory>> groupDirectory(Database &database, const QString &groupId)
{
    const Result<std::optional<QByteArray>> stored = CatalogRepository(database).groupDirectory(groupId);
    if (!stored)
        return Error{stored.error()};
    if (!stored.value())
        return Error{
            QCoreApplication::translate("DirectoryCatalog", "This group is no longer in the directory.")};
    Result<Directory> directory = DirectoryJson::parse(
        qUncompress(*stored.value()), QCoreApplication::translate("DirectoryCatalog", "the stored group"));
    if (!directory)
        return Error{directory.error()};
    return std::make_shared<const Directory>(std::move(directory).value());
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

QList<std::pair<QString, QByteArray>> splitByGroup(const Directory &directory)
{
    QList<std::pair<QString, QByteArray>> parts;
    parts.reserve(directory.groups().size());
    for (const Group &group : directory.groups()) {
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
        Directory part(themes, venues, {group});
        part.networkName = directory.networkName;
        part.networkWebsite = directory.networkWebsite;
        part.updated = directory.updated;
        parts.append({group.id, qCompress(DirectoryJson::serialize(part))});
    }
    return parts;
}

} // namespace kring::DirectoryCatalog
