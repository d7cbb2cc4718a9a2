// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificate.h"
#include "publishedsequences.h"
#include "revocations.h"

#include <QJsonObject>

namespace kring::trust {

inline constexpr int defaultRootDays = 365;

// A secret key file: JSON with the role, the public key and the seed, created with mode 0600 and never
// overwritten (O_CREAT|O_EXCL).
[[nodiscard]] Status writeSecretKeyFile(const QString &path, const QString &role, const KeyPair &key,
                                        const QJsonObject &extra = {});
[[nodiscard]] Result<std::pair<KeyPair, QJsonObject>> readSecretKeyFile(const QString &path,
                                                                        const QString &expectedRole);

// The network team's key folder: root-v<N>.key and feed.key (secret), root/<N>.json for every root version,
// root.json (the newest, what apps pin), revocations.json, issued.json (the certificates handed out) and,
// once a feed was built, published-sequences.json. A server's folder is the same without root keys (and
// without issued.json): it builds the feed with a directory signed offline, and cannot certify, revoke or
// rotate.
class KeyDirectory
{
public:
    // Creates the folder's keys, root metadata v1 (with `linkHost` when not empty) and an empty revocation
    // list.
    [[nodiscard]] static Result<KeyDirectory> create(const QString &path, const QDateTime &now,
                                                     const QString &linkHost = {});
    [[nodiscard]] static Result<KeyDirectory> open(const QString &path);

    // New root key; root version N+1 signed by the keys of N and the new key. It keeps version N's link
    // host unless `linkHost` is given.
    [[nodiscard]] Status rotateRoot(const QDateTime &now, const std::optional<QString> &linkHost = {});
    // The same root keys for another year: root version N+1, issued `now`, signed by the key of N (kept as
    // root-v<N+1>.key), so the chain goes on after version N expires without a new key.
    [[nodiscard]] Status renewRoot(const QDateTime &now);
    // A certificate for `request`, valid `days` from `now`; it is recorded in issued.json before it is handed
    // out, so `status` can say when it runs out (nothing is handed out when that fails).
    [[nodiscard]] Result<std::pair<QByteArray, Certificate>> certify(const CertificateRequest &request,
                                                                     int days, const QDateTime &now) const;
    // Every certificate `certify` handed out (issued.json; none for a folder from before it was kept), oldest
    // first. A folder's record, not a trust decision: revocations.json says which ones no longer count.
    [[nodiscard]] Result<QList<Certificate>> issuedCertificates() const;
    [[nodiscard]] Status revoke(const QString &serial, const QString &keyId, const QDateTime &now);
    // The highest sequence numbers `build` published; none before the first build.
    [[nodiscard]] Result<PublishedSequences> publishedSequences() const;
    // Writes what a server needs into `path`: feed.key (kept when it is there, refused when it is another),
    // root/<N>.json, root.json and revocations.json; never a root key, never published-sequences.json.
    [[nodiscard]] Status writeServerFolder(const QString &path) const;
    // Fails with a plain reason when this folder holds no root key (a server's folder).
    [[nodiscard]] Status requireRootKeys() const;
    [[nodiscard]] Status writePublishedSequences(const PublishedSequences &sequences) const;

    [[nodiscard]] const RootMetadata &root() const { return m_root; }
    [[nodiscard]] const QList<QByteArray> &rootChain() const { return m_rootChain; }
    [[nodiscard]] const QList<KeyPair> &rootKeys() const { return m_rootKeys; }
    [[nodiscard]] const KeyPair &feedKey() const { return m_feedKey; }
    [[nodiscard]] const QByteArray &revocations() const { return m_revocations; }

private:
    [[nodiscard]] Status writePublic(const QString &name, const QByteArray &bytes) const;

    QString m_path;
    RootMetadata m_root;
    QList<QByteArray> m_rootChain;
    QList<KeyPair> m_rootKeys;
    KeyPair m_feedKey;
    QByteArray m_revocations;
};

} // namespace kring::trust
