// SPDX-License-Identifier: GPL-3.0-or-later
// AppController's followed groups and their unseen changes, the group page, and share links.
#include "appcontroller.h"

#include "catalog/directorycatalog.h"
#include "session/appdata.h"
#include "session/sharedlink.h"
#include "store/followedchangerepository.h"
#include "store/followrepository.h"
#include "store/settingsrepository.h"
#include "trust/certificate.h"

#include <algorithm>

using namespace kring;

QString AppController::exampleGroupId() const
{
    if (!m_index)
        return {};
    QString first;
    for (qsizetype position = 0; position < m_index->groupCount(); ++position) {
        const GroupCard card = m_index->card(position);
        if (m_followed.contains(card.id))
            continue;
        if (card.meetsOnline && !card.town.isEmpty())
            return card.id;
        if (first.isEmpty())
            first = card.id;
    }
    return first;
}

void AppController::setFollowed(const QString &groupId, bool follow)
{
    if (!m_store || groupId.isEmpty())
        return;
    FollowRepository follows(m_store->database());
    const Status stored = follow ? follows.follow(groupId) : follows.unfollow(groupId);
    if (!stored) {
        m_storeNotice = stored.error();
        Q_EMIT storeNoticeChanged();
        return;
    }
    if (follow)
        m_followed.insert(groupId);
    else
        m_followed.remove(groupId);
    if (follow)
        explainFollowingOnce();
    if (!follow && FollowedChangeRepository(m_store->database()).clear(groupId).ok())
        showFollowedChanges({});
    m_followedCount = int(m_followed.size());
    m_followedGroups.showOnly(m_followed);
    if (m_currentGroup.groupId() == groupId)
        m_currentGroup.setFollowed(follow);
    Q_EMIT followedCountChanged();
}

std::shared_ptr<const Directory> AppController::groupDirectory(const QString &groupId) const
{
    if (m_directory || !m_store || !m_index)
        return m_directory;
    // One small row: quick enough for the GUI thread.
    const Result<std::shared_ptr<const Directory>> stored =
        DirectoryCatalog::groupDirectory(m_store->database(), *m_index, groupId);
    return stored ? stored.value() : nullptr; // null: the group is no longer in the directory
}

void AppController::openGroup(const QString &groupId)
{
    showGroup(groupId);
    const auto ofGroup = [&](const FollowedChanges::Change &change) { return change.groupId == groupId; };
    if (std::none_of(m_followedChanges.cbegin(), m_followedChanges.cend(), ofGroup))
        return;
    if (m_store) {
        if (m_store->isReadOnly())
            return;
        static_cast<void>(FollowRepository(m_store->database()).markSeen(groupId));
        if (!FollowedChangeRepository(m_store->database()).clear(groupId))
            return;
    }
    m_followedChanges.removeIf(ofGroup);
    m_followedGroups.setChanges(m_followedChanges);
    Q_EMIT followedChangesChanged();
}

void AppController::showExampleChanges()
{
    if (m_store || !m_index || m_index->groupCount() < 4)
        return;
    // Not the group the first search result opens (a look at a group's page clears its changes).
    const QString firstResult = m_finder.rowCount() > 0
                                    ? m_finder.data(m_finder.index(0, 0), FinderModel::GroupIdRole).toString()
                                    : QString();
    QList<GroupCard> groups;
    for (qsizetype position = 0; position < m_index->groupCount() && groups.size() < 3; ++position) {
        if (m_index->card(position).id != firstResult)
            groups.append(m_index->card(position));
    }
    m_followed.clear();
    m_followedChanges.clear();
    for (const GroupCard &group : std::as_const(groups))
        m_followed.insert(group.id);
    Announcement cancel;
    cancel.kind = AnnouncementKind::Cancel;
    cancel.groupId = groups[0].id;
    cancel.date = m_index->builtFor().date().addDays(7);
    m_followedChanges.append({FollowedChanges::Kind::Announced, groups[0].id, groups[0].name, cancel});
    m_followedChanges.append(
        {FollowedChanges::Kind::TimesChanged, groups[2].id, groups[2].name, std::nullopt});
    m_followedCount = int(m_followed.size());
    m_followedGroups.showOnly(m_followed);
    m_followedGroups.setChanges(m_followedChanges);
    Q_EMIT followedCountChanged();
    Q_EMIT followedChangesChanged();
}

int AppController::changedGroupCount() const
{
    QSet<QString> groups;
    for (const FollowedChanges::Change &change : m_followedChanges) {
        if (m_followed.contains(change.groupId))
            groups.insert(change.groupId);
    }
    return int(groups.size());
}

void AppController::setNotificationsEnabled(bool enabled)
{
    if (enabled == m_notificationsEnabled)
        return;
    if (m_store) {
        const Status stored = SettingsRepository(m_store->database())
                                  .setValue(QString(FollowedChanges::notificationsSetting),
                                            enabled ? QStringLiteral("1") : QStringLiteral("0"));
        if (!stored) {
            m_storeNotice = stored.error();
            Q_EMIT storeNoticeChanged();
            Q_EMIT notificationsEnabledChanged(); // the switch goes back
            return;
        }
    }
    m_notificationsEnabled = enabled;
    Q_EMIT notificationsEnabledChanged();
}

void AppController::showFollowedChanges(const QList<FollowedChanges::Change> &found)
{
    if (m_store) {
        const Result<QList<FollowedChanges::Change>> unseen =
            FollowedChangeRepository(m_store->database()).all();
        if (unseen)
            m_followedChanges = unseen.value();
    }
    m_followedGroups.setChanges(m_followedChanges);
    Q_EMIT followedChangesChanged();
    const QString text = FollowedChanges::notificationText(found, m_notificationsEnabled);
    if (!text.isEmpty() && m_notifier)
        m_notifier->notify(text);
}

void AppController::explainFollowingOnce()
{
    static constexpr QLatin1StringView explainedSetting("following_explained");
    if (m_followingExplained)
        return;
    m_followingExplained = true;
    if (m_store) {
        SettingsRepository settings(m_store->database());
        const auto explained = settings.value(QString(explainedSetting));
        if (explained && explained.value())
            return;
        static_cast<void>(settings.setValue(QString(explainedSetting), QStringLiteral("1")));
    }
    m_currentGroup.setFollowingExplained(true);
}

void AppController::showGroup(const QString &groupId)
{
    m_currentGroup.show(groupDirectory(groupId), groupId, m_language);
    m_currentGroup.setFollowed(m_followed.contains(groupId));
}

void AppController::openLink(const QString &link)
{
    // While the store opens, or a sync writes the trust state on its own connection (a link's record written
    // in between would be lost), the link waits.
    if (!m_store || m_syncing) {
        if (m_pendingLinks.size() < 8) // a handful of links; more would be abuse
            m_pendingLinks.append(link);
        return;
    }
    // A certificate for the contact person on this phone: the Contactpersoon page takes it.
    if (link.trimmed().startsWith(trust::certificateLinkPrefix)) {
        m_contact.importCertificate(link);
        Q_EMIT certificateLinkOpened();
        return;
    }
    const auto refuse = [this](const QString &message) {
        m_linkMessage = message;
        Q_EMIT linkMessageChanged();
        Q_EMIT linkChecked();
    };
    // A group shared by a referrer: only opens its page, nothing is stored.
    if (const QString shared = link.trimmed(); shared.startsWith(groupLinkPrefix)) {
        const QString groupId = QUrl::fromPercentEncoding(shared.mid(groupLinkPrefix.size()).toUtf8());
        if (!m_index || m_index->groupPosition(groupId) < 0) {
            refuse(tr("This group is not in Kring's directory (any more). Search for it by name or place."));
            return;
        }
        ++m_linksTaken;
        m_linkMessage.clear();
        Q_EMIT linkMessageChanged();
        openGroup(groupId);
        Q_EMIT linkOpened(groupId);
        Q_EMIT linkChecked();
        return;
    }
    if (m_pinnedRoot.isEmpty() || m_store->isReadOnly()) {
        refuse(tr("Kring cannot take announcements from links now, because its data cannot be changed."));
        return;
    }
    // One small announcement and one row: quick enough for the GUI thread.
    const Result<AppData::OpenedLink> opened = AppData::openLink(
        m_store->database(), m_pinnedRoot, link, m_baseIndex, QDateTime::currentDateTimeUtc());
    if (!opened) {
        refuse(opened.error());
        return;
    }
    if (!opened.value().reason.isEmpty()) {
        refuse(opened.value().reason);
        return;
    }
    ++m_linksTaken;
    m_announcements = opened.value().announcements;
    m_currentGroup.setAnnouncements(m_announcements);
    if (opened.value().index)
        setIndex(opened.value().index, m_directory);
    m_linkMessage.clear();
    Q_EMIT linkMessageChanged();
    openGroup(opened.value().groupId);
    Q_EMIT linkOpened(opened.value().groupId);
    Q_EMIT linkChecked();
}
