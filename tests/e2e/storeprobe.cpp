// SPDX-License-Identifier: GPL-3.0-or-later
// kring-store-probe: drives and inspects the store in a data folder the way the app does (same key vault),
// for the end-to-end tests. Commands:
//   follow DIR GROUP        follow a group
//   set-version DIR N       set the schema version (to simulate a newer Kring)
//   stress DIR MEETINGS     forever: write a note and a follow, then replace the snapshot with the next
//                           generated directory; prints "opened", then "committed N" after each commit
//   check DIR MEETINGS      one JSON line describing what the store holds
//   import DIR FILE         store the directory FILE as a newer feed version and index it, as the app does
//                           with a new feed (for scale measurements); prints the time each step took
#include "catalog/directorycatalog.h"
#include "directory/directoryjson.h"
#include "generateddirectory.h"
#include "platformsecretvault.h"
#include "store/databasekeys.h"
#include "store/directoryrepository.h"
#include "store/followrepository.h"
#include "store/noterepository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <cstdlib>

using namespace kring;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "kring-store-probe: %s\n", qPrintable(message));
    std::exit(1);
}

template<typename T> T orDie(Result<T> result)
{
    if (!result)
        die(result.error());
    return std::move(result).value();
}

void orDie(const Status &status)
{
    if (!status)
        die(status.error());
}

Store openStore(const QString &dataDir)
{
    const auto vault = Platform::secretVault(dataDir);
    const DatabaseKey key = orDie(DatabaseKeys::obtain(*vault, Store::exists(dataDir)));
    return orDie(Store::open(dataDir, key));
}

// A trust state for a directory stored without a feed (the probe stands in for one).
trust::TrustState probeState(qint64 version)
{
    trust::TrustState state;
    state.rootVersion = 1;
    state.snapshotVersion = version;
    return state;
}

QString noteFor(qint64 generation)
{
    return QStringLiteral("notitie bij generatie %1").arg(generation);
}

void stress(const QString &dataDir, int meetings)
{
    Store store = openStore(dataDir);
    Database &database = store.database();
    DirectoryRepository directory(database);
    std::printf("opened\n");
    std::fflush(stdout);
    for (qint64 generation = orDie(directory.currentFeedVersion()) + 1;; ++generation) {
        const QString group = QStringLiteral("g-%1").arg(generation);
        // The note first: a follow is only written once its note is, so every follow has its note.
        orDie(NoteRepository(database).setNote(group, noteFor(generation)));
        orDie(FollowRepository(database).follow(group));
        const DirectorySnapshot snapshot{GeneratedDirectory::make(meetings, generation), generation, {}};
        orDie(directory.replace(snapshot, probeState(generation)));
        std::printf("committed %lld\n", qlonglong(generation));
        std::fflush(stdout);
    }
}

void check(const QString &dataDir, int meetings)
{
    Store store = openStore(dataDir);
    Database &database = store.database();
    const std::optional<DirectorySnapshot> snapshot = orDie(DirectoryRepository(database).current());
    const qint64 version = snapshot ? snapshot->feedVersion : 0;
    const bool complete =
        snapshot && snapshot->directoryJson == GeneratedDirectory::make(meetings, snapshot->feedVersion);
    const trust::TrustState trust = orDie(TrustStateRepository(database).load());
    // User data: every generation up to the highest followed one has its follow and its note.
    const QList<FollowedGroup> follows = orDie(FollowRepository(database).all());
    qint64 intactUpTo = 0;
    for (const FollowedGroup &follow : follows) {
        const qint64 generation = follow.groupId.mid(2).toLongLong();
        if (generation != intactUpTo + 1 ||
            orDie(NoteRepository(database).note(follow.groupId)) != noteFor(generation))
            break;
        intactUpTo = generation;
    }
    std::printf("{\"snapshot\":%lld,\"complete\":%s,\"trust_snapshot\":%lld,\"follows\":%lld,"
                "\"user_data_intact_up_to\":%lld}\n",
                qlonglong(version), complete ? "true" : "false", qlonglong(trust.snapshotVersion),
                qlonglong(follows.size()), qlonglong(intactUpTo));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() == 3 && args[0] == u"follow") {
        Store store = openStore(args[1]);
        orDie(FollowRepository(store.database()).follow(args[2]));
    } else if (args.size() == 3 && args[0] == u"set-version") {
        Store store = openStore(args[1]);
        orDie(store.database().execute(("PRAGMA user_version = " + args[2].toLatin1() + ";").constData()));
    } else if (args.size() == 3 && args[0] == u"stress") {
        stress(args[1], args[2].toInt());
    } else if (args.size() == 3 && args[0] == u"import") {
        QFile file(args[2]);
        if (!file.open(QIODevice::ReadOnly))
            die(QStringLiteral("cannot read %1").arg(args[2]));
        Store store = openStore(args[1]);
        DirectoryRepository directory(store.database());
        const qint64 version = std::max<qint64>(orDie(directory.currentFeedVersion()), 1) + 1;
        const QByteArray json = file.readAll();
        QElapsedTimer timer;
        timer.start();
        auto parsed = std::make_shared<const Directory>(orDie(DirectoryJson::parse(json, args[2])));
        orDie(directory.replace(DirectorySnapshot{json, version, {}}, probeState(version)));
        const qint64 storedMs = timer.restart();
        orDie(DirectoryCatalog::rebuild(store.database(), parsed, QDateTime::currentDateTimeUtc()));
        std::fprintf(stderr, "parsed and stored in %lld ms, indexed and catalogued in %lld ms\n",
                     qlonglong(storedMs), qlonglong(timer.elapsed()));
    } else if (args.size() == 3 && args[0] == u"check") {
        check(args[1], args[2].toInt());
    } else {
        std::fprintf(stderr, "usage: kring-store-probe follow|set-version|stress|check|import DIR ARG\n");
        return 2;
    }
    return 0;
}
