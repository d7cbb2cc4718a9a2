// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/feedverifier.h"
#include "schedule/announcement.h"
#include "search/searchindex.h"
#include "store/database.h"

#include <memory>

namespace kring::AppData {

// What opening a share link did.
struct OpenedLink {
    feed::LinkProblem problem = feed::LinkProblem::None;
    QString reason;  // why it was not taken, in plain words in the interface language; empty when taken
    QString detail;  // the technical reason (docs/trust.md terms)
    QString groupId; // the group the announcement is for, when taken
    // When taken: every verified announcement now stored, as the schedule applies them, and `baseIndex` with
    // them applied.
    QList<Announcement> announcements;
    std::shared_ptr<const SearchIndex> index;
};

// Verifies a share link ("kring://a/...", or "https://<root's link host>/a#...") offline against the trust
// state in `database` (rule 5 of docs/trust.md), and keeps it with the stored announcements when it verifies.
// A refused link changes nothing and is not an error (OpenedLink::reason); errors are the store's.
[[nodiscard]] Result<OpenedLink> openLink(Database &database, const QByteArray &pinnedRoot,
                                          const QString &link, std::shared_ptr<const SearchIndex> baseIndex,
                                          const QDateTime &now);

} // namespace kring::AppData
