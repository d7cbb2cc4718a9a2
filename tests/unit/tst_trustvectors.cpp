// SPDX-License-Identifier: GPL-3.0-or-later
// Fixed vectors checked in under tests/data/trust: keys, key ids, hashes and domain-separated signatures
// computed outside this code (make-vectors.py), and a feed built by kring-publisher that must keep verifying.
#include "trusttestnetwork.h"

#include "trust/crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kring;
using namespace kring::testing;

class TrustVectorsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        const auto document =
            QJsonDocument::fromJson(readTestFile(QStringLiteral(KRING_TEST_DATA "/trust/vectors.json")));
        const QJsonArray vectors = document.object().value(u"vectors").toArray();
        QVERIFY(vectors.size() >= 6);
        for (const QJsonValue &vector : vectors)
            QTest::newRow(qPrintable(vector[u"type"].toString())) << vector.toObject();
    }

    void vectors()
    {
        QFETCH(QJsonObject, vector);
        const auto key = trust::keyPairFromSeed(QByteArray::fromHex(vector[u"seed"].toString().toLatin1()));
        QVERIFY(key.ok());
        QCOMPARE(key.value().publicKey.toHex(), vector[u"public"].toString().toLatin1());
        QCOMPARE(trust::keyId(key.value().publicKey), vector[u"keyid"].toString());
        const QByteArray payload = vector[u"payload"].toString().toUtf8();
        QCOMPARE(trust::blake2b256(payload).toHex(), vector[u"payload_blake2b256"].toString().toLatin1());

        const QString typeText = vector[u"type"].toString();
        std::optional<trust::SignedType> type;
        for (auto candidate :
             {trust::SignedType::Root, trust::SignedType::Directory, trust::SignedType::Snapshot,
              trust::SignedType::Certificate, trust::SignedType::Revocations, trust::SignedType::Announcement,
              trust::SignedType::News}) {
            if (trust::typeName(candidate) == typeText)
                type = candidate;
        }
        QVERIFY(type);
        const QByteArray expected = QByteArray::fromBase64(vector[u"sig"].toString().toLatin1());
        QCOMPARE(trust::sign(*type, payload, key.value()).toBase64(), expected.toBase64());
        QVERIFY(trust::verifySignature(*type, payload, expected, key.value().publicKey));
        // The same signature is worthless as any other type or for any other byte.
        const auto other =
            *type == trust::SignedType::Root ? trust::SignedType::Snapshot : trust::SignedType::Root;
        QVERIFY(!trust::verifySignature(other, payload, expected, key.value().publicKey));
        QVERIFY(!trust::verifySignature(*type, payload + ' ', expected, key.value().publicKey));
    }

    void checkedInFeedVerifies_data()
    {
        QTest::addColumn<QString>("feed");
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("rootVersion");
        QTest::addColumn<int>("announcements");
        QTest::newRow("before rotation") << QStringLiteral("feed-v1") << 1 << 1 << 1;
        // The certificate was signed by root key v1; after the rotation it no longer verifies.
        QTest::newRow("after rotation") << QStringLiteral("feed-v2") << 2 << 2 << 0;
    }

    void checkedInFeedVerifies()
    {
        QFETCH(QString, feed);
        QFETCH(int, version);
        QFETCH(int, rootVersion);
        QFETCH(int, announcements);
        const QString testnet = QStringLiteral(KRING_TEST_DATA "/trust/testnet/");
        const auto result =
            feed::verifyFeed(feed::DirectoryFeedSource(testnet + feed + QStringLiteral("/feed")),
                             readTestFile(testnet + QStringLiteral("root-v1.json")), {}, utc(2026, 11, 6));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
        QCOMPARE(result.value().snapshot.version, version);
        QCOMPARE(result.value().root.version, rootVersion);
        QCOMPARE(result.value().directory.groups().size(), 2);
        QCOMPARE(result.value().announcements.size(), announcements);
        if (announcements > 0) {
            const trust::AnnouncementPayload &cancel = result.value().announcements.first().payload;
            QCOMPARE(cancel.kind, AnnouncementKind::Cancel);
            QCOMPARE(cancel.group, QStringLiteral("ehv-rouw-partner"));
            QCOMPARE(cancel.date, QDate(2026, 12, 8));
        }
    }
};

QTEST_GUILESS_MAIN(TrustVectorsTest)
#include "tst_trustvectors.moc"
