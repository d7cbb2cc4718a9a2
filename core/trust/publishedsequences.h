// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "announcement.h"
#include "result.h"

#include <QHash>

namespace kring::trust {

inline constexpr QLatin1StringView publishedSequencesFormat{"kring-published-sequences/1"};
inline constexpr qint64 maxPublishedSequencesBytes = 4 * 1024 * 1024;

// The highest sequence number `kring-publisher build` published per contact key and group, kept between
// builds (KEYDIR/published-sequences.json): an announcement at or below it is not published again, also when
// the newer one has expired and left announcements.json.
class PublishedSequences
{
public:
    // 0 when nothing was published for the announcement's contact key and group.
    [[nodiscard]] qint64 highest(const trust::SignedAnnouncement &announcement) const;
    void record(const trust::SignedAnnouncement &announcement);

    // {"format": "kring-published-sequences/1", "sequences": [{"key": KEYID, "group": ID, "seq": N}, ...]}
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<PublishedSequences> fromJson(const QByteArray &json,
                                                             const QString &sourceName);

    bool operator==(const PublishedSequences &) const = default;

private:
    QHash<std::pair<QString, QString>, qint64> m_highest; // by contact key id and group id
};

} // namespace kring::trust
