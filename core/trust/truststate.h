// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "announcement.h"

#include <QHash>

namespace kring::trust {

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
    bool operator==(const SequenceRecord &) const = default;
};

// What the app remembers between feeds to refuse rollback, replay and a clock set back.
struct TrustState {
    int rootVersion = 0;
    qint64 snapshotVersion = 0;
    int revocationsVersion = 0;
    QDateTime newestIssued;                   // newest verified issued time
    QHash<QString, SequenceRecord> sequences; // by "<contact key id>/<group id>"

    // max(device clock, newest verified issued time)
    [[nodiscard]] QDateTime trustedTime(const QDateTime &deviceClock) const;
    [[nodiscard]] Status checkSequence(const SignedAnnouncement &announcement,
                                       const QString &sourceName) const;
    // Records an accepted announcement and forgets accepted ones expired at `trustedTime`.
    void record(const SignedAnnouncement &announcement, const QDateTime &trustedTime);

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<TrustState> fromJson(const QByteArray &json, const QString &sourceName);
    bool operator==(const TrustState &) const = default;
};

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
