// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "announcement.h"
#include "snapshot.h"

#include <QHash>
#include <QMap>

namespace kring::trust {

// How far ahead of the device clock a signed time may be (clocks drift; a snapshot from the future is not).
inline constexpr qint64 clockToleranceSeconds = 5 * 60;
// The largest step a snapshot version may take in one feed. The publisher adds one per build; a million
// builds between two checks is far beyond any honest gap, and a far-future version cannot freeze a client.
inline constexpr qint64 maxSnapshotVersionStep = 1'000'000;

// An announcement already accepted: the same one may come again (every feed repeats it), another one with
// a sequence number at or below the highest seen may not.
struct AcceptedAnnouncement {
    qint64 sequence = 0;
    QByteArray digest;
    QDateTime expires;
    bool operator==(const AcceptedAnnouncement &) const = default;
};

struct SequenceRecord {
    qint64 highest = 0;
    QList<AcceptedAnnouncement> accepted;
    // Announcements this contact key withdrew for this group: the digest withdrawn, with the sequence number
    // and expiry of the withdrawal, kept until the withdrawal expires.
    QList<AcceptedAnnouncement> withdrawn;
    bool operator==(const SequenceRecord &) const = default;
};

// What a client remembers between feeds so that rollback, replay, a fork from an old root key and a clock
// set back are refused, at every start (the encrypted store keeps it with the data it vouches for).
struct TrustState {
    int rootVersion = 0;
    QByteArray root;                   // the newest trusted root's envelope; the chain continues from it
    QMap<int, QByteArray> rootDigests; // BLAKE2b-256 of the payload of each root version trusted
    qint64 snapshotVersion = 0;
    qint64 directoryVersion = 0;
    FileMeta
        directoryFile; // size and hash of the directory.json that verified: the same one is not read again
    int revocationsVersion = 0;
    QByteArray revocations;    // the newest trusted revocation list's envelope
    QDateTime newestIssued;    // newest verified snapshot issued time (since the last rotation)
    QDateTime snapshotExpires; // until when the snapshot in use is fresh
    QDateTime checkedAt;       // device time when a feed last verified
    QHash<QString, SequenceRecord> sequences; // by "<contact key id>/<group id>"
    qint64 newsVersion = 0; // the newest root-signed news.json taken; an older one is refused
    QByteArray news;        // its envelope: the news the phone shows, kept with the state
    FileMeta newsFile;      // its size and hash: the same news.json is not read again

    [[nodiscard]] bool isEmpty() const { return rootVersion == 0 && root.isEmpty(); }
    // max(device clock, newest verified issued time)
    [[nodiscard]] QDateTime trustedTime(const QDateTime &deviceClock) const;
    // Whether the snapshot in use has not expired at the trusted time.
    [[nodiscard]] bool isFresh(const QDateTime &deviceClock) const;
    // False when the data this state vouches for was verified under another root than `pinnedRoot` (another
    // network, or a version of it this state never trusted).
    [[nodiscard]] bool belongsTo(const QByteArray &pinnedRoot) const;

    [[nodiscard]] bool isAccepted(const SignedAnnouncement &announcement) const;
    // Whether an accepted withdrawal by the same contact key for the same group names this announcement.
    [[nodiscard]] bool isWithdrawn(const SignedAnnouncement &announcement) const;
    [[nodiscard]] Status checkSequence(const SignedAnnouncement &announcement,
                                       const QString &sourceName) const;
    // Whether an announcement may be taken now: never one withdrawn; one already accepted always; a new one
    // only with a higher sequence number and while its certificate is valid at `trustedTime`.
    [[nodiscard]] Status admit(const SignedAnnouncement &announcement, const QDateTime &trustedTime,
                               const QString &sourceName) const;
    // Records an accepted announcement and forgets accepted ones expired at `trustedTime`. A withdrawal
    // also takes the announcement it names (same contact key and group) out of the accepted ones and keeps
    // its digest as withdrawn.
    void record(const SignedAnnouncement &announcement, const QDateTime &trustedTime);

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<TrustState> fromJson(const QByteArray &json, const QString &sourceName);
    bool operator==(const TrustState &) const = default;
};

// BLAKE2b-256 of the payload of a root envelope; empty when the bytes are not an envelope.
[[nodiscard]] QByteArray rootDigest(const QByteArray &rootEnvelope);

// Where the trust state lives. The encrypted store implements it so that the state is written in one
// transaction with the data it vouches for.
class TrustStateStore
{
public:
    virtual ~TrustStateStore() = default;
    [[nodiscard]] virtual Result<TrustState> load() const = 0;
    [[nodiscard]] virtual Status save(const TrustState &state) = 0;
};

class MemoryTrustStateStore : public TrustStateStore
{
public:
    [[nodiscard]] Result<TrustState> load() const override { return m_state; }
    [[nodiscard]] Status save(const TrustState &state) override
    {
        m_state = state;
        return Done{};
    }

private:
    TrustState m_state;
};

// A JSON file, replaced atomically; a missing file is the empty state. Used by `kring-publisher verify
// --state`.
class JsonFileTrustStateStore : public TrustStateStore
{
public:
    explicit JsonFileTrustStateStore(QString path)
        : m_path(std::move(path))
    {}
    [[nodiscard]] Result<TrustState> load() const override;
    [[nodiscard]] Status save(const TrustState &state) override;

private:
    QString m_path;
};

} // namespace kring::trust
