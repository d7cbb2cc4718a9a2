// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small network for trust tests: root and feed keys, contact persons, and feeds built in memory with the
// same code kring-publisher uses.

#include "feed/feedbuilder.h"
#include "feed/feedsource.h"
#include "feed/feedverifier.h"
#include "trust/announcement.h"
#include "trust/envelope.h"
#include "trust/snapshot.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <functional>

namespace kring::testing {

inline QDateTime utc(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

inline QByteArray readTestFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Contact {
    trust::KeyPair key;
    QByteArray certificate;
    QString serial;
};

class TestNetwork
{
public:
    explicit TestNetwork(const QDateTime &start = utc(2026, 11, 1))
        : m_start(start)
    {
        rootKey = trust::generateKeyPair();
        feedKey = trust::generateKeyPair();
        root.version = 1;
        root.issued = start;
        root.expires = start.addDays(365);
        root.root = trust::Role{1, {rootKey.publicKey}};
        root.feed = trust::Role{1, {feedKey.publicKey}};
        rootChain = {signRoot(root, {rootKey})};
        revocations = trust::Revocations{1, start, {}, {}};
    }

    static QByteArray signRoot(const trust::RootMetadata &metadata, const QList<trust::KeyPair> &keys)
    {
        return trust::serializeEnvelope(
            trust::signEnvelope(trust::SignedType::Root, trust::rootPayload(metadata), keys));
    }

    QByteArray pinnedRoot() const { return rootChain.first(); }

    // Root version N+1 signed by the current key and a new one.
    void rotate(const QDateTime &when)
    {
        const trust::KeyPair newKey = trust::generateKeyPair();
        trust::RootMetadata next = root;
        next.version += 1;
        next.issued = when;
        next.expires = when.addDays(365);
        next.root = trust::Role{1, {newKey.publicKey}};
        rootChain.append(signRoot(next, {rootKey, newKey}));
        root = next;
        rootKey = newKey;
    }

    Contact certify(const QStringList &groups, const QDateTime &notBefore, int days = 90)
    {
        Contact contact;
        contact.key = trust::generateKeyPair();
        trust::Certificate certificate{QString::fromLatin1(trust::randomBytes(8).toHex()), groups,
                                       contact.key.publicKey, notBefore, notBefore.addDays(days)};
        contact.serial = certificate.serial;
        contact.certificate = trust::serializeEnvelope(trust::signEnvelope(
            trust::SignedType::Certificate, trust::certificatePayload(certificate), {rootKey}));
        return contact;
    }

    static QByteArray announce(const Contact &contact, const QString &group, qint64 sequence,
                               const QDateTime &issued, const QDate &date,
                               AnnouncementKind kind = AnnouncementKind::Cancel)
    {
        trust::AnnouncementPayload payload;
        payload.kind = kind;
        payload.group = group;
        payload.sequence = sequence;
        payload.issued = issued;
        payload.date = date;
        if (kind == AnnouncementKind::Relocate)
            payload.venue = QStringLiteral("Wijkcentrum De Boog, zaal 3");
        payload.expires = trust::defaultExpiry(payload);
        return trust::signAnnouncement(payload, contact.certificate, contact.key).value();
    }

    // The test directory, with `directoryVersion` when it is set.
    QByteArray directoryJson() const
    {
        const QByteArray json = readTestFile(QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json"));
        if (directoryVersion == 0 && !editDirectory)
            return json;
        QJsonObject object = QJsonDocument::fromJson(json).object();
        if (directoryVersion != 0)
            object.insert(QStringLiteral("version"), directoryVersion);
        if (editDirectory)
            editDirectory(object);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    QByteArray revocationsEnvelope() const
    {
        return trust::serializeEnvelope(trust::signEnvelope(
            trust::SignedType::Revocations, trust::revocationsPayload(revocations), {rootKey}));
    }

    // A complete feed, as `kring-publisher build` writes it.
    QHash<QString, QByteArray> build(qint64 version, const QDateTime &now,
                                     const QList<QByteArray> &announcements = {}, int expiresDays = 7)
    {
        feed::FeedBuildInput input;
        input.rootChain = rootChain;
        input.rootKeys = {rootKey};
        input.feedKey = feedKey;
        input.directoryJson = directoryJson();
        input.revocations = revocationsEnvelope();
        input.now = now;
        input.expiresDays = expiresDays;
        input.signedNews = signedNews;
        if (version > 1) {
            trust::Snapshot previous;
            previous.version = version - 1;
            previous.issued = now;
            previous.expires = now;
            const trust::FileMeta meta{1, QByteArray(32, '\0')};
            previous.root = previous.directory = previous.revocations = previous.announcements = meta;
            input.previousSnapshot = trust::serializeEnvelope(trust::signEnvelope(
                trust::SignedType::Snapshot, trust::snapshotPayload(previous), {feedKey}));
        }
        for (qsizetype i = 0; i < announcements.size(); ++i)
            input.inbox.append(feed::InboxItem{QStringLiteral("item%1.json").arg(i), announcements[i], {}});
        auto output = feed::buildFeed(input);
        Q_ASSERT_X(output.ok(), "TestNetwork::build", qPrintable(output.ok() ? QString() : output.error()));
        QHash<QString, QByteArray> files;
        for (const auto &[path, bytes] : output.value().files)
            files.insert(path, bytes);
        return files;
    }

    // Replaces the snapshot after `change` edited it, signed with `keys` as `type`.
    void resignSnapshot(QHash<QString, QByteArray> &files,
                        const std::function<void(trust::Snapshot &)> &change,
                        const QList<trust::KeyPair> &keys = {},
                        trust::SignedType type = trust::SignedType::Snapshot) const
    {
        trust::Snapshot snapshot = trust::verifySnapshot(files.value(QStringLiteral("snapshot.json")), root,
                                                         QStringLiteral("snapshot.json"))
                                       .value();
        change(snapshot);
        files.insert(QStringLiteral("snapshot.json"),
                     trust::serializeEnvelope(trust::signEnvelope(type, trust::snapshotPayload(snapshot),
                                                                  keys.isEmpty() ? QList{feedKey} : keys)));
    }

    // Puts `envelopes` into announcements.json as they are (past the publisher's own checks) and lists it.
    void publishAsIs(QHash<QString, QByteArray> &files, const QList<QByteArray> &envelopes) const
    {
        files.insert(QStringLiteral("announcements.json"), feed::announcementsFile(envelopes));
        relist(files);
    }

    // Lists the current bytes of every file in the snapshot again.
    void relist(QHash<QString, QByteArray> &files) const
    {
        resignSnapshot(files, [&](trust::Snapshot &snapshot) {
            snapshot.root =
                trust::fileMeta(files.value(QStringLiteral("root/%1.json").arg(snapshot.rootVersion)));
            snapshot.directory = trust::fileMeta(files.value(QStringLiteral("directory.json")));
            snapshot.revocations = trust::fileMeta(files.value(QStringLiteral("revocations.json")));
            snapshot.announcements = trust::fileMeta(files.value(QStringLiteral("announcements.json")));
            if (files.contains(QStringLiteral("news.json")))
                snapshot.news = trust::fileMeta(files.value(QStringLiteral("news.json")));
        });
    }

    trust::KeyPair rootKey;
    trust::KeyPair feedKey;
    trust::RootMetadata root;
    QList<QByteArray> rootChain;
    trust::Revocations revocations;
    qint64 directoryVersion = 0;
    QByteArray signedNews; // news signed by the root (trust::signNews) for the next build; empty: none
    std::function<void(QJsonObject &)> editDirectory; // changes the test directory before it is signed

private:
    QDateTime m_start;
};

} // namespace kring::testing
