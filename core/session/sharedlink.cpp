// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedlink.h"

#include "catalog/directorycatalog.h"
#include "feed/feedannouncements.h"
#include "feed/storedfeed.h"

namespace kring::AppData {

Result<OpenedLink> openLink(Database &database, const QByteArray &pinnedRoot, const QString &link,
                            std::shared_ptr<const SearchIndex> baseIndex, const QDateTime &now)
{
    feed::StoredFeed stored(database, pinnedRoot);
    const Result<feed::LinkCheck> check = stored.openLink(link, now);
    if (!check)
        return Error{check.error()};
    OpenedLink opened;
    opened.problem = check.value().problem;
    opened.detail = check.value().detail;
    if (!check.value().announcement) {
        opened.reason = feed::linkProblemText(opened.problem);
        return opened;
    }
    opened.groupId = check.value().announcement->payload.group;
    const Result<feed::StoredData> data = stored.read(now);
    if (!data)
        return Error{data.error()};
    for (const trust::SignedAnnouncement &announcement : data.value().announcements)
        opened.announcements.append(feed::scheduleAnnouncement(announcement));
    if (!baseIndex)
        return opened;
    auto announced = std::make_shared<SearchIndex>(*baseIndex);
    DirectoryCatalog::applyAnnouncements(*announced, opened.announcements, [&](const QString &groupId) {
        const Result<std::shared_ptr<const Directory>> group =
            DirectoryCatalog::groupDirectory(database, *baseIndex, groupId);
        return group ? group.value() : nullptr;
    });
    opened.index = announced;
    return opened;
}

} // namespace kring::AppData
