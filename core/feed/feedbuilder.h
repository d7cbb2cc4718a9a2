// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trust/crypto.h"
#include "trust/publishedsequences.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace kring::feed {

// One file of the inbox: its bytes, or why it could not be taken (over 2 KiB, unreadable).
struct InboxItem {
    QString name;
    QByteArray bytes;
    QString problem;
};

// Reads every *.json of `directory`, refusing files over the announcement cap before reading them.
[[nodiscard]] QList<InboxItem> readInbox(const QString &directory);

struct FeedBuildInput {
    QList<QByteArray> rootChain;      // root/1.json .. root/N.json
    QList<trust::KeyPair> rootKeys;   // keys of root version N: they sign the directory
    trust::KeyPair feedKey;           // signs the snapshot
    QByteArray directoryJson;         // the team's kring-directory/1 file; published with its version
    QByteArray signedDirectory;       // or a directory signed offline (signDirectory): then no root key
    QByteArray revocations;           // the signed revocation list
    QByteArray previousSnapshot;      // empty for the first build
    QByteArray previousDirectory;     // directory.json of the previous build, or empty
    QByteArray previousAnnouncements; // announcements.json of the previous build, or empty
    QByteArray signedNews;            // news signed offline (trust::signNews), or empty: keep the published
    QByteArray previousNews;          // news.json of the previous build, or empty
    trust::PublishedSequences publishedSequences; // by every build before (the key folder keeps them)
    QList<InboxItem> inbox;
    QDateTime now;
    int expiresDays = 7;
};

struct DirectorySigningInput {
    QList<QByteArray> rootChain;    // root/1.json .. root/N.json
    QList<trust::KeyPair> rootKeys; // keys of root version N
    QByteArray directoryJson;       // the team's kring-directory/1 file
    QByteArray previousDirectory;   // the published directory.json, or empty for the first
};

struct SignedDirectory {
    QByteArray envelope; // what the feed publishes as directory.json
    QByteArray payload;  // what it signs
    qint64 version = 0;
    qsizetype groups = 0;
};

// Signs the team's directory with its version (directoryversion.h) for a build elsewhere: the root keys stay
// where this runs, the server that builds holds only the feed key.
[[nodiscard]] Result<SignedDirectory> signDirectory(const DirectorySigningInput &input);

struct FeedBuildOutput {
    QList<std::pair<QString, QByteArray>> files; // relative to feed/, snapshot.json last
    QStringList dropped;                         // "FILE: reason"
    qint64 version = 0;
    qint64 directoryVersion = 0;
    trust::PublishedSequences publishedSequences; // with this build's: keep them for the next one
    QByteArray previousDirectoryPayload;          // the directory the previous build signed; empty: none
    QByteArray directoryPayload;                  // the directory this build signs
    qsizetype groups = 0;
    qsizetype announcements = 0;
    qint64 newsVersion = 0; // 0: no news.json published
    qsizetype newsItems = 0;
};

// Verifies the inputs and every announcement as an app would, keeps the valid ones (drops replays, older
// sequence numbers, also older than one published before, and expired ones), signs the directory with its
// version (directoryversion.h) — or takes one signed offline by the newest root that does not go back on the
// published one — and signs a snapshot one version above the previous one. A feed that apps would
// refuse (a file over its size cap, a version above 2^52) is refused.
[[nodiscard]] Result<FeedBuildOutput> buildFeed(const FeedBuildInput &input);

// Writes each file to a temporary file and renames it into place, the snapshot last.
[[nodiscard]] Status writeFeed(const QString &feedDirectory, const FeedBuildOutput &output);

} // namespace kring::feed
