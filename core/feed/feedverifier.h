// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"
#include "feedsource.h"
#include "trust/news.h"
#include "trust/snapshot.h"
#include "trust/truststate.h"

namespace kring::feed {

inline constexpr QLatin1StringView announcementsFormat{"kring-announcements/1"};

// A feed that verified from the pinned root down to every file, and the trust state to store with it.
struct VerifiedFeed {
    trust::RootMetadata root;
    trust::Snapshot snapshot;
    Directory directory;
    // The directory as signed: the payload the signatures cover, from which `directory` was parsed.
    QByteArray directoryJson;
    trust::Revocations revocations;
    QList<trust::SignedAnnouncement> announcements;
    QStringList droppedAnnouncements; // one line each: which item and why it was refused
    trust::TrustState state;          // store it in the same transaction as the data
    bool unchanged = false;           // the snapshot version is the one already stored: nothing to do
    // The directory is the very file that verified before (same size and hash, same root): it was neither
    // read nor parsed, and `directory` is empty. Only announcements, revocations and versions are new.
    bool directoryUnchanged = false;
    // The news when the snapshot lists a news.json other than the one taken before and it verified.
    std::optional<trust::SignedNews> news;
    // Why the news.json listed was not taken (the last good news stay); empty when it was or none is new.
    QString newsProblem;
};

// The one implementation of the checks of docs/trust.md, for the app and for `kring-publisher verify`:
// the root chain from the pinned root (each version N+1 signed by a threshold of N and of itself), the
// snapshot (feed keys, not older than the stored version, not expired at the trusted time), then every file
// (size and BLAKE2b-256 as the snapshot says, before it is parsed), the directory and the revocations
// (root-signed) and each announcement. Nothing in `state` changes; the caller stores `VerifiedFeed::state`.
// With SkipStoredDirectory, a directory.json the state says verified before (same size and hash, same root)
// is not read: the caller has it (VerifiedFeed::directoryUnchanged).
enum class DirectoryReading { Always, SkipStoredDirectory };
[[nodiscard]] Result<VerifiedFeed> verifyFeed(const FeedSource &source, const QByteArray &pinnedRoot,
                                              const trust::TrustState &state, const QDateTime &deviceClock,
                                              DirectoryReading reading = DirectoryReading::Always);

// verifyFeed with the state from `store`; the state is saved only when everything verified.
[[nodiscard]] Result<VerifiedFeed> updateFeed(const FeedSource &source, const QByteArray &pinnedRoot,
                                              trust::TrustStateStore &store, const QDateTime &deviceClock);

// Why a share link was not taken, as a person is told (linkProblemText).
enum class LinkProblem {
    None,
    NotALink,     // not a Kring announcement link at all
    Damaged,      // a Kring link, but cut off or changed
    OtherHost,    // a https link whose host is not the link host of the newest trusted root
    NotChecked,   // no verified feed yet, so nothing to check against
    NotConfirmed, // the certificate, the signature, the group or the fields did not verify
    Expired,      // out of date, or its certificate ended before this phone first saw it
    Replaced,     // a newer announcement of the same contact person came first
    Withdrawn,    // its contact person withdrew it
};

// A share link checked: the announcement, or the problem and the technical reason (docs/trust.md terms).
struct LinkCheck {
    std::optional<trust::SignedAnnouncement> announcement;
    LinkProblem problem = LinkProblem::None;
    QString detail;
};

// An announcement that arrived as a share link or QR code, checked against the root and revocations of the
// last verified feed and the stored sequence numbers: "kring://a/<base64url>" always, "https://HOST/a#..."
// only when HOST is the root's link host. The caller records it in the state when it keeps it.
[[nodiscard]] LinkCheck checkLink(const QString &link, const trust::RootMetadata &root,
                                  const trust::Revocations &revocations, const trust::TrustState &state,
                                  const QDateTime &deviceClock);
// The same, with the technical reason as the error.
[[nodiscard]] Result<trust::SignedAnnouncement>
verifyLinkedAnnouncement(const QString &link, const trust::RootMetadata &root,
                         const trust::Revocations &revocations, const trust::TrustState &state,
                         const QDateTime &deviceClock);

// Why a link was not taken, in plain words in the interface language; empty for LinkProblem::None.
[[nodiscard]] QString linkProblemText(LinkProblem problem);

// announcements.json: {"format": "kring-announcements/1", "announcements": ["<base64url envelope>", ...]}
[[nodiscard]] QByteArray announcementsFile(const QList<QByteArray> &envelopes);
[[nodiscard]] Result<QList<QByteArray>> parseAnnouncementsFile(const QByteArray &bytes,
                                                               const QString &sourceName);

} // namespace kring::feed
