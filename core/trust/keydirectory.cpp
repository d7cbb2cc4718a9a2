// SPDX-License-Identifier: GPL-3.0-or-later
#include "keydirectory.h"

#include "secretbytes.h"

#include "fields.h"
#include "json/strictjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace kring::trust {
namespace {

constexpr qint64 maxKeyFileBytes = 64 * 1024;

const QLatin1StringView publishedSequencesName("published-sequences.json");
const QLatin1StringView issuedName("issued.json");
// Some 250 bytes a certificate: room for tens of thousands.
constexpr qint64 maxIssuedBytes = 16 * 1024 * 1024;

QString rootKeyName(int version)
{
    return QStringLiteral("root-v%1.key").arg(version);
}

Result<QByteArray> readSmallFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QCoreApplication::translate("Trust", "%1: cannot read: %2").arg(path, file.errorString())};
    if (file.size() > maxBytes)
        return Error{
            QCoreApplication::translate("Trust", "%1: larger than %2 bytes").arg(path).arg(maxBytes)};
    return file.readAll();
}

} // namespace

Status writeSecretKeyFile(const QString &path, const QString &role, const KeyPair &key,
                          const QJsonObject &extra)
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("format"), QStringLiteral("kring-secret-key/1"));
    object.insert(QStringLiteral("role"), role);
    object.insert(QStringLiteral("public"), QString::fromLatin1(key.publicKey.toBase64()));
    const SecretBytes secret = key.seed.toBase64();
    object.insert(QStringLiteral("secret"), QString::fromLatin1(secret));
    const SecretBytes bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error{QCoreApplication::translate("Trust",
                                                 "%1: cannot create the key file (%2); an existing key "
                                                 "is never overwritten")
                         .arg(path, QString::fromLocal8Bit(strerror(errno)))};
    }
    const bool written =
        ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written)
        return Error{QCoreApplication::translate("Trust", "%1: cannot write the key file").arg(path)};
    return Done{};
}

Result<std::pair<KeyPair, QJsonObject>> readSecretKeyFile(const QString &path, const QString &expectedRole)
{
    auto read = readSmallFile(path, maxKeyFileBytes);
    if (!read)
        return Error{read.error()};
    const SecretBytes bytes = std::move(read).value();
    auto object = json::parseStrictObject(bytes, path);
    if (!object)
        return Error{object.error()};
    if (object.value().value(QLatin1StringView("format")).toString() != u"kring-secret-key/1" ||
        object.value().value(QLatin1StringView("role")).toString() != expectedRole) {
        return Error{QCoreApplication::translate("Trust", "%1: not a %2 key file").arg(path, expectedRole)};
    }
    const SecretBytes secret = object.value().value(QLatin1StringView("secret")).toString().toLatin1();
    const SecretBytes seed = decodeBase64Strict(secret).value_or(QByteArray());
    auto key = keyPairFromSeed(seed);
    if (!key)
        return Error{QStringLiteral("%1: %2").arg(path, key.error())};
    if (object.value().value(QLatin1StringView("public")).toString().toLatin1() !=
        key.value().publicKey.toBase64())
        return Error{QCoreApplication::translate("Trust", "%1: the public key does not match the secret key")
                         .arg(path)};
    object.value().remove(QLatin1StringView("secret")); // the caller needs the other fields only
    return std::pair{key.value(), object.value()};
}

Status KeyDirectory::writePublic(const QString &name, const QByteArray &bytes) const
{
    const QString target = m_path + QLatin1Char('/') + name;
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{
            QCoreApplication::translate("Trust", "%1: cannot write: %2").arg(target, file.errorString())};
    return Done{};
}

Result<KeyDirectory> KeyDirectory::create(const QString &path, const QDateTime &now, const QString &linkHost)
{
    if (!linkHost.isEmpty() && !isValidLinkHost(linkHost))
        return Error{
            QCoreApplication::translate("Trust", "%1 is not a host name in lower case").arg(linkHost)};
    if (QFile::exists(path + QStringLiteral("/root.json")))
        return Error{
            QCoreApplication::translate("Trust", "%1: already holds keys; nothing was changed").arg(path)};
    if (!QDir().mkpath(path))
        return Error{QCoreApplication::translate("Trust", "%1: cannot create the folder").arg(path)};
    KeyDirectory keys;
    keys.m_path = path;
    const KeyPair rootKey = generateKeyPair();
    keys.m_feedKey = generateKeyPair();
    keys.m_rootKeys = {rootKey};
    keys.m_root.version = 1;
    keys.m_root.issued = now.toUTC();
    keys.m_root.expires = keys.m_root.issued.addDays(defaultRootDays);
    keys.m_root.root = Role{1, {rootKey.publicKey}};
    keys.m_root.feed = Role{1, {keys.m_feedKey.publicKey}};
    keys.m_root.linkHost = linkHost;
    const QByteArray rootBytes =
        serializeEnvelope(signEnvelope(SignedType::Root, rootPayload(keys.m_root), {rootKey}));
    keys.m_rootChain = {rootBytes};
    Revocations revocations{1, now.toUTC(), {}, {}};
    keys.m_revocations =
        serializeEnvelope(signEnvelope(SignedType::Revocations, revocationsPayload(revocations), {rootKey}));
    for (const Status &status :
         {writeSecretKeyFile(path + QLatin1Char('/') + rootKeyName(1), QStringLiteral("root"), rootKey),
          writeSecretKeyFile(path + QStringLiteral("/feed.key"), QStringLiteral("feed"), keys.m_feedKey),
          keys.writePublic(QStringLiteral("root/1.json"), rootBytes),
          keys.writePublic(QStringLiteral("revocations.json"), keys.m_revocations),
          keys.writePublic(QStringLiteral("root.json"), rootBytes)}) {
        if (!status)
            return Error{status.error()};
    }
    return keys;
}

Result<KeyDirectory> KeyDirectory::open(const QString &path)
{
    KeyDirectory keys;
    keys.m_path = path;
    auto first = readSmallFile(path + QStringLiteral("/root/1.json"), maxKeyFileBytes);
    if (!first)
        return Error{
            QCoreApplication::translate("Trust", "%1: not a key folder made by `kring-publisher init` (%2)")
                .arg(path, first.error())};
    auto root = verifyPinnedRoot(first.value(), QStringLiteral("root/1.json"));
    keys.m_rootChain = {first.value()};
    for (int version = 2; root && QFile::exists(path + QStringLiteral("/root/%1.json").arg(version));
         ++version) {
        auto next = readSmallFile(path + QStringLiteral("/root/%1.json").arg(version), maxKeyFileBytes);
        if (!next)
            return Error{next.error()};
        root = verifyNextRoot(root.value(), next.value(), QStringLiteral("root/%1.json").arg(version));
        keys.m_rootChain.append(next.value());
    }
    if (!root)
        return Error{root.error()};
    keys.m_root = root.value();
    // A server's folder (writeServerFolder) holds no root key: it builds with a directory signed offline.
    const QString rootKeyPath = path + QLatin1Char('/') + rootKeyName(keys.m_root.version);
    if (QFile::exists(rootKeyPath)) {
        auto rootKey = readSecretKeyFile(rootKeyPath, QStringLiteral("root"));
        if (!rootKey)
            return Error{rootKey.error()};
        keys.m_rootKeys = {rootKey.value().first};
    }
    auto feedKey = readSecretKeyFile(path + QStringLiteral("/feed.key"), QStringLiteral("feed"));
    if (!feedKey)
        return Error{feedKey.error()};
    keys.m_feedKey = feedKey.value().first;
    auto revocations = readSmallFile(path + QStringLiteral("/revocations.json"), 4 * 1024 * 1024);
    if (!revocations)
        return Error{revocations.error()};
    keys.m_revocations = revocations.value();
    return keys;
}

Status KeyDirectory::requireRootKeys() const
{
    if (!m_rootKeys.isEmpty())
        return Done{};
    return Error{QCoreApplication::translate(
                     "Trust", "%1: holds no root key of root version %2 (a server's key folder); "
                              "do this where the root keys are kept")
                     .arg(m_path)
                     .arg(m_root.version)};
}

Status KeyDirectory::writeServerFolder(const QString &path) const
{
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        return Error{QCoreApplication::translate("Trust", "%1: is the key folder itself").arg(path)};
    if (!QDir().mkpath(path) ||
        !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return Error{QCoreApplication::translate("Trust", "%1: cannot create the folder").arg(path)};
    KeyDirectory server;
    server.m_path = path;
    const QString feedKeyPath = path + QStringLiteral("/feed.key");
    if (QFile::exists(feedKeyPath)) {
        auto kept = readSecretKeyFile(feedKeyPath, QStringLiteral("feed"));
        if (!kept)
            return Error{kept.error()};
        if (kept.value().first.publicKey != m_feedKey.publicKey)
            return Error{QCoreApplication::translate("Trust",
                                                     "%1: holds another feed key than this key folder; "
                                                     "nothing was changed")
                             .arg(feedKeyPath)};
    } else if (const Status written = writeSecretKeyFile(feedKeyPath, QStringLiteral("feed"), m_feedKey);
               !written) {
        return written;
    }
    // The public files, the newest root last so that a folder read half-way never names a missing version.
    for (qsizetype i = 0; i < m_rootChain.size(); ++i) {
        if (const Status written =
                server.writePublic(QStringLiteral("root/%1.json").arg(i + 1), m_rootChain[i]);
            !written)
            return written;
    }
    for (const Status &status : {server.writePublic(QStringLiteral("revocations.json"), m_revocations),
                                 server.writePublic(QStringLiteral("root.json"), m_rootChain.last())}) {
        if (!status)
            return status;
    }
    return Done{};
}

Status KeyDirectory::rotateRoot(const QDateTime &now, const std::optional<QString> &linkHost)
{
    if (const Status root = requireRootKeys(); !root)
        return root;
    if (linkHost && !linkHost->isEmpty() && !isValidLinkHost(*linkHost))
        return Error{
            QCoreApplication::translate("Trust", "%1 is not a host name in lower case").arg(*linkHost)};
    const KeyPair newKey = generateKeyPair();
    RootMetadata next = m_root;
    if (linkHost)
        next.linkHost = *linkHost;
    next.version = m_root.version + 1;
    next.issued = now.toUTC();
    next.expires = next.issued.addDays(defaultRootDays);
    next.root = Role{1, {newKey.publicKey}};
    QList<KeyPair> signers = m_rootKeys;
    signers.append(newKey);
    const QByteArray bytes = serializeEnvelope(signEnvelope(SignedType::Root, rootPayload(next), signers));
    if (auto check = verifyNextRoot(m_root, bytes, QStringLiteral("root.json")); !check)
        return Error{check.error()};
    if (const Status written = writeSecretKeyFile(m_path + QLatin1Char('/') + rootKeyName(next.version),
                                                  QStringLiteral("root"), newKey);
        !written)
        return written;
    // The revocation list is re-signed by the new root so the feed keeps verifying under it alone.
    auto revocations = verifyRevocations(m_revocations, m_root, QStringLiteral("revocations.json"));
    if (!revocations)
        return Error{revocations.error()};
    revocations.value().version += 1;
    revocations.value().issued = now.toUTC();
    const QByteArray revocationBytes = serializeEnvelope(
        signEnvelope(SignedType::Revocations, revocationsPayload(revocations.value()), {newKey}));
    for (const Status &status : {writePublic(QStringLiteral("root/%1.json").arg(next.version), bytes),
                                 writePublic(QStringLiteral("root.json"), bytes),
                                 writePublic(QStringLiteral("revocations.json"), revocationBytes)}) {
        if (!status)
            return status;
    }
    m_root = next;
    m_rootKeys = {newKey};
    m_rootChain.append(bytes);
    m_revocations = revocationBytes;
    return Done{};
}

Status KeyDirectory::renewRoot(const QDateTime &now)
{
    if (const Status root = requireRootKeys(); !root)
        return root;
    RootMetadata next = m_root;
    next.version = m_root.version + 1;
    next.issued = now.toUTC();
    next.expires = next.issued.addDays(defaultRootDays);
    const QByteArray bytes = serializeEnvelope(signEnvelope(SignedType::Root, rootPayload(next), m_rootKeys));
    if (auto check = verifyNextRoot(m_root, bytes, QStringLiteral("root.json")); !check)
        return Error{check.error()};
    // The same key under the new version's name (open() reads root-v<N>.key of the newest root); the
    // revocation list stays valid as it is.
    if (const Status written = writeSecretKeyFile(m_path + QLatin1Char('/') + rootKeyName(next.version),
                                                  QStringLiteral("root"), m_rootKeys.first());
        !written)
        return written;
    for (const Status &status : {writePublic(QStringLiteral("root/%1.json").arg(next.version), bytes),
                                 writePublic(QStringLiteral("root.json"), bytes)}) {
        if (!status)
            return status;
    }
    m_root = next;
    m_rootChain.append(bytes);
    return Done{};
}

Result<std::pair<QByteArray, Certificate>> KeyDirectory::certify(const CertificateRequest &request, int days,
                                                                 const QDateTime &now) const
{
    if (const Status root = requireRootKeys(); !root)
        return Error{root.error()};
    Certificate certificate;
    certificate.serial = QString::fromLatin1(randomBytes(8).toHex());
    certificate.groups = {request.group};
    certificate.contactKey = request.contactKey;
    certificate.notBefore = now.toUTC();
    certificate.notAfter = certificate.notBefore.addDays(days);
    const QByteArray bytes =
        serializeEnvelope(signEnvelope(SignedType::Certificate, certificatePayload(certificate), m_rootKeys));
    auto issued = issuedCertificates();
    if (!issued)
        return Error{issued.error()};
    QJsonArray records;
    for (const Certificate &known : issued.value() + QList<Certificate>{certificate}) {
        records.append(QJsonObject{
            {QStringLiteral("serial"), known.serial},
            {QStringLiteral("groups"), QJsonArray::fromStringList(known.groups)},
            {QStringLiteral("contact_key"), QString::fromLatin1(known.contactKey.toBase64())},
            {QStringLiteral("not_before"), known.notBefore.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("not_after"), known.notAfter.toUTC().toString(Qt::ISODate)},
        });
    }
    if (const Status kept = writePublic(issuedName, QJsonDocument(records).toJson(QJsonDocument::Indented));
        !kept)
        return Error{kept.error()};
    return std::pair{bytes, certificate};
}

Result<QList<Certificate>> KeyDirectory::issuedCertificates() const
{
    const QString path = m_path + QLatin1Char('/') + issuedName;
    if (!QFile::exists(path))
        return QList<Certificate>{};
    auto bytes = readSmallFile(path, maxIssuedBytes);
    if (!bytes)
        return Error{bytes.error()};
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value());
    if (!document.isArray())
        return Error{QCoreApplication::translate("Trust", "%1: not a list of issued certificates").arg(path)};
    QList<Certificate> certificates;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject record = value.toObject();
        Certificate certificate;
        certificate.serial = record.value(QStringLiteral("serial")).toString();
        for (const QJsonValue &group : record.value(QStringLiteral("groups")).toArray())
            certificate.groups.append(group.toString());
        certificate.contactKey =
            QByteArray::fromBase64(record.value(QStringLiteral("contact_key")).toString().toLatin1());
        certificate.notBefore =
            QDateTime::fromString(record.value(QStringLiteral("not_before")).toString(), Qt::ISODate);
        certificate.notAfter =
            QDateTime::fromString(record.value(QStringLiteral("not_after")).toString(), Qt::ISODate);
        if (certificate.serial.isEmpty() || !certificate.notAfter.isValid())
            return Error{QCoreApplication::translate("Trust", "%1: entry %2 is not an issued certificate")
                             .arg(path)
                             .arg(certificates.size() + 1)};
        certificates.append(certificate);
    }
    return certificates;
}

Status KeyDirectory::revoke(const QString &serial, const QString &keyId, const QDateTime &now)
{
    if (const Status root = requireRootKeys(); !root)
        return root;
    auto revocations = verifyRevocations(m_revocations, m_root, QStringLiteral("revocations.json"));
    if (!revocations)
        return Error{revocations.error()};
    if (!serial.isEmpty())
        revocations.value().serials.insert(serial);
    if (!keyId.isEmpty())
        revocations.value().keyIds.insert(keyId);
    revocations.value().version += 1;
    revocations.value().issued = now.toUTC();
    const QByteArray bytes = serializeEnvelope(
        signEnvelope(SignedType::Revocations, revocationsPayload(revocations.value()), m_rootKeys));
    if (const Status written = writePublic(QStringLiteral("revocations.json"), bytes); !written)
        return written;
    m_revocations = bytes;
    return Done{};
}

Result<PublishedSequences> KeyDirectory::publishedSequences() const
{
    const QString path = m_path + QLatin1Char('/') + publishedSequencesName;
    if (!QFile::exists(path))
        return PublishedSequences{};
    auto bytes = readSmallFile(path, maxPublishedSequencesBytes);
    if (!bytes)
        return Error{bytes.error()};
    return PublishedSequences::fromJson(bytes.value(), path);
}

Status KeyDirectory::writePublishedSequences(const PublishedSequences &sequences) const
{
    return writePublic(publishedSequencesName, sequences.toJson());
}

} // namespace kring::trust
