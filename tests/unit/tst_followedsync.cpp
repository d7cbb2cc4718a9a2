// SPDX-License-Identifier: GPL-3.0-or-later
// What a stored feed changed for the followed groups, as a sync records it: found through the store (the
// followed groups read by id, an announcements-only update as well as a new directory), kept as unseen
// across a restart, and cleared when seen.
#include "feed/storedfeed.h"
#include "follow/followedsync.h"
#include "store/directoryrepository.h"
#include "store/followedchangerepository.h"
#include "store/followrepository.h"
#include "store/store.h"
#include "store/truststaterepository.h"
#include "trusttestnetwork.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace kring;
using namespace kring::testing;
using FollowedChanges::Change;
using FollowedChanges::Kind;

namespace {

const QString followedGroup = QStringLiteral("ehv-rouw-partner");
const QString otherGroup = QStringLiteral("lvn-naasten-drank");

QJsonArray groupsWithout(const QJsonObject &directory, const QString &groupId)
{
    QJsonArray groups;
    for (const QJsonValue group : directory.value(QStringLiteral("groups")).toArray()) {
        if (group.toObject().value(QStringLiteral("id")).toString() != groupId)
            groups.append(group);
    }
    return groups;
}

} // namespace

class FollowedSyncTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<DatabaseKey> m_key;
    std::optional<Store> m_store;
    std::unique_ptr<TestNetwork> m_network;
    std::shared_ptr<const SearchIndex> m_index; // the app's index of the directory in use

    Database &database() { return m_store->database(); }

    // Offers `files` to the store at `now` as a sync does, and returns what it recorded.
    QList<Change> sync(const QHash<QString, QByteArray> &files, const QDateTime &now)
    {
        feed::StoredFeed stored(database(), m_network->pinnedRoot());
        const Result<FollowedSync::Before> before =
            FollowedSync::read(database(), stored, m_index.get(), now);
        if (!before)
            qFatal("%s", qPrintable(before.error()));
        const Result<feed::AppliedFeed> applied = stored.apply(feed::MemoryFeedSource(files), now);
        if (!applied || !applied.value().stored)
            qFatal("the feed was not stored: %s",
                   qPrintable(applied ? applied.value().refusal : applied.error()));
        if (applied.value().index)
            m_index = applied.value().index;
        const Result<QList<Change>> changes =
            FollowedSync::record(database(), stored, before.value(), applied.value(), now);
        if (!changes)
            qFatal("%s", qPrintable(changes.error()));
        return changes.value();
    }

    QList<Change> unseen() { return FollowedChangeRepository(database()).all().value(); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_key.emplace(DatabaseKey::generate());
        auto store = Store::open(m_dir->path(), *m_key);
        QVERIFY(store.ok());
        m_store.emplace(std::move(store).value());
        m_network = std::make_unique<TestNetwork>();
        m_index.reset();
        QVERIFY(sync(m_network->build(1, utc(2026, 11, 2)), utc(2026, 11, 2)).isEmpty());
        QVERIFY(FollowRepository(database()).follow(followedGroup).ok());
    }

    void cleanup() { m_store.reset(); }

    void newAnnouncementIsKeptAcrossARestartUntilSeen()
    {
        const Contact contact = m_network->certify({followedGroup, otherGroup}, utc(2026, 11, 1));
        const QByteArray cancel =
            TestNetwork::announce(contact, followedGroup, 1, utc(2026, 11, 3), QDate(2026, 12, 8));
        const QByteArray elsewhere =
            TestNetwork::announce(contact, otherGroup, 1, utc(2026, 11, 3), QDate(2026, 12, 9));
        const QList<Change> changes =
            sync(m_network->build(2, utc(2026, 11, 3), {cancel, elsewhere}), utc(2026, 11, 3));
        QCOMPARE(changes.size(), 1); // the group nobody follows is left out
        QCOMPARE(changes[0].kind, Kind::Announced);
        QCOMPARE(changes[0].groupName, QStringLiteral("Verder na verlies van je partner"));
        QCOMPARE(changes[0].announcement->kind, AnnouncementKind::Cancel);
        QCOMPARE(changes[0].announcement->date, QDate(2026, 12, 8));

        // Closed and opened again: still unseen.
        m_store.reset();
        auto reopened = Store::open(m_dir->path(), *m_key);
        QVERIFY(reopened.ok());
        m_store.emplace(std::move(reopened).value());
        QCOMPARE(unseen(), changes);

        // The same sync result again is not kept twice; opening the group's page clears it.
        QVERIFY(FollowedChangeRepository(database()).add(changes).ok());
        QCOMPARE(unseen().size(), 1);
        QVERIFY(FollowedChangeRepository(database()).clear(followedGroup).ok());
        QVERIFY(unseen().isEmpty());
    }

    void announcementGoneFromTheStoreIsWithdrawn()
    {
        const Contact contact = m_network->certify({followedGroup}, utc(2026, 11, 1));
        const QByteArray cancel =
            TestNetwork::announce(contact, followedGroup, 1, utc(2026, 11, 3), QDate(2026, 12, 8));
        QCOMPARE(sync(m_network->build(2, utc(2026, 11, 3), {cancel}), utc(2026, 11, 3)).size(), 1);

        // An update that takes the announcement out (a withdrawal), stored as an announcements-only update.
        const QDateTime now = utc(2026, 11, 4);
        feed::StoredFeed stored(database(), m_network->pinnedRoot());
        const Result<FollowedSync::Before> before =
            FollowedSync::read(database(), stored, m_index.get(), now);
        QVERIFY(before.ok());
        const trust::TrustState state = TrustStateRepository(database()).load().value();
        QVERIFY(DirectoryRepository(database()).updateAnnouncements(3, state, {}).ok());
        feed::AppliedFeed applied;
        applied.stored = true;
        const Result<QList<Change>> changes =
            FollowedSync::record(database(), stored, before.value(), applied, now);
        QVERIFY(changes.ok());
        QCOMPARE(changes.value().size(), 1);
        QCOMPARE(changes.value()[0].kind, Kind::Withdrawn);
        QCOMPARE(changes.value()[0].announcement->date, QDate(2026, 12, 8));
        QCOMPARE(unseen().size(), 2);
    }

    void newDirectoryIsComparedForTheFollowedGroupsOnly()
    {
        m_network->directoryVersion = 5;
        m_network->editDirectory = [](QJsonObject &directory) {
            QJsonArray groups = directory.value(QStringLiteral("groups")).toArray();
            for (qsizetype i = 0; i < groups.size(); ++i) {
                QJsonObject group = groups[i].toObject();
                QJsonArray meetings = group.value(QStringLiteral("meetings")).toArray();
                QJsonObject first = meetings[0].toObject();
                first.insert(QStringLiteral("start"), QStringLiteral("2026-01-13T20:00"));
                meetings[0] = first;
                group.insert(QStringLiteral("meetings"), meetings);
                groups[i] = group;
            }
            directory.insert(QStringLiteral("groups"), groups);
        };
        const QList<Change> changes = sync(m_network->build(2, utc(2026, 11, 3)), utc(2026, 11, 3));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, Kind::TimesChanged);
        QCOMPARE(changes[0].groupId, followedGroup);
    }

    void groupGoneFromTheDirectory()
    {
        m_network->directoryVersion = 5;
        m_network->editDirectory = [](QJsonObject &directory) {
            directory.insert(QStringLiteral("groups"), groupsWithout(directory, followedGroup));
        };
        const QList<Change> changes = sync(m_network->build(2, utc(2026, 11, 3)), utc(2026, 11, 3));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, Kind::Gone);
        QCOMPARE(changes[0].groupName, QStringLiteral("Verder na verlies van je partner"));
        QCOMPARE(unseen(), changes);
    }

    void sameDataAgainChangesNothing()
    {
        QVERIFY(sync(m_network->build(2, utc(2026, 11, 3)), utc(2026, 11, 3)).isEmpty());
        QVERIFY(unseen().isEmpty());
    }
};

QTEST_GUILESS_MAIN(FollowedSyncTest)
#include "tst_followedsync.moc"
