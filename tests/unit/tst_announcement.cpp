// SPDX-License-Identifier: GPL-3.0-or-later
// Announcements from a share link alone (only the pinned root needed), the kinds and their fields, request
// and certificate codes that survive being typed or scanned.
#include "trusttestnetwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kring;
using namespace kring::testing;

class AnnouncementTest : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return utc(2026, 11, 20); }

private Q_SLOTS:
    void linkVerifiesWithOnlyTheRoot_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("https") << QStringLiteral("kring.example.org");
        QTest::newRow("kring scheme") << QString();
    }

    void linkVerifiesWithOnlyTheRoot()
    {
        QFETCH(QString, host);
        TestNetwork network;
        network.root.linkHost = host; // a https link only for the root's link host (tst_sharedlink)
        const QString group = QStringLiteral("ehv-rouw-partner");
        const Contact contact = network.certify({group}, now().addDays(-1));
        const QByteArray envelope =
            TestNetwork::announce(contact, group, 4, now(), QDate(2026, 12, 8), AnnouncementKind::Relocate);
        const QString link = trust::announcementLink(envelope, host);
        QVERIFY(link.startsWith(host.isEmpty() ? QStringLiteral("kring://a/")
                                               : QStringLiteral("https://") + host + "/a#"));
        const auto result = feed::verifyLinkedAnnouncement(link, network.root, {}, {}, now());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
        QCOMPARE(result.value().payload.kind, AnnouncementKind::Relocate);
        QCOMPARE(result.value().payload.venue, QStringLiteral("Wijkcentrum De Boog, zaal 3"));
        QCOMPARE(result.value().payload.sequence, 4);
        QCOMPARE(result.value().certificate.serial, contact.serial);
        // the end of 8 December in Amsterdam (CET)
        QCOMPARE(result.value().payload.expires, utc(2026, 12, 8, 23));
    }

    void refusesDamagedLinks_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("expected");
        QTest::newRow("other site") << QStringLiteral("https://example.org/b#eyJ9")
                                    << QStringLiteral("not a Kring");
        QTest::newRow("query instead of fragment")
            << QStringLiteral("https://example.org/a?eyJ9") << QStringLiteral("not a Kring");
        QTest::newRow("cut off") << QStringLiteral("kring://a/eyJwYXlsb2Fk")
                                 << QStringLiteral("not valid JSON");
        QTest::newRow("bad base64") << QStringLiteral("kring://a/e")
                                    << QStringLiteral("damaged or incomplete");
        QTest::newRow("too long") << QStringLiteral("kring://a/") + QString(5000, u'A')
                                  << QStringLiteral("too long");
    }

    void refusesDamagedLinks()
    {
        QFETCH(QString, link);
        QFETCH(QString, expected);
        TestNetwork network;
        const auto result = feed::verifyLinkedAnnouncement(link, network.root, {}, {}, now());
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
    }

    void kindsNeedTheirFields_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected"); // empty: valid
        using K = AnnouncementKind;
        QTest::newRow("cancel with date") << int(K::Cancel) << QString();
        QTest::newRow("move without to")
            << int(K::Move) << QStringLiteral("to: needed for a move announcement");
        QTest::newRow("pause without until") << int(K::Pause) << QStringLiteral("until: needed for a pause");
        QTest::newRow("reschedule without rule") << int(K::Reschedule) << QStringLiteral("rrule: needed");
        QTest::newRow("note too long") << int(K::Note) << QStringLiteral("note: expected a text of 1 to 280");
    }

    void kindsNeedTheirFields()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        TestNetwork network;
        const QString group = QStringLiteral("ehv-rouw-partner");
        const Contact contact = network.certify({group}, now().addDays(-1));
        trust::AnnouncementPayload payload;
        payload.kind = AnnouncementKind(kind);
        payload.group = group;
        payload.issued = now();
        payload.date = QDate(2026, 12, 8);
        if (payload.kind == AnnouncementKind::Note) {
            payload.date = {};
            payload.note = QString(281, u'é');
            payload.until = QDate(2026, 12, 31);
        }
        payload.expires = now().addDays(30);
        const auto envelope = trust::signAnnouncement(payload, contact.certificate, contact.key);
        QVERIFY(envelope.ok());
        const auto result =
            trust::verifyAnnouncement(envelope.value(), network.root, {}, now(), QStringLiteral("a"));
        if (expected.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
        } else {
            QVERIFY(!result.ok());
            QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
        }
    }

    // rule 12 of docs/trust.md: no control characters (a line break only in a note) and no text direction
    // controls, refused when signing and, signed all the same, when verifying.
    void refusesControlCharacters_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: accepted
        QTest::newRow("line break in a note") << "note" << QStringLiteral("Koffie\nen thee") << QString();
        QTest::newRow("NUL in a note") << "note" << QStringLiteral("Koffie%1").arg(QChar(0))
                                       << QStringLiteral("note: contains the control character U+0000");
        QTest::newRow("escape in a note") << "note" << QStringLiteral("\x1b[2Kfeed version 99")
                                          << QStringLiteral("note: contains the control character U+001B");
        QTest::newRow("tab in a note") << "note" << QStringLiteral("a\tb")
                                       << QStringLiteral("note: contains the control character U+0009");
        QTest::newRow("carriage return in a note")
            << "note" << QStringLiteral("a\rb")
            << QStringLiteral("note: contains the control character U+000D");
        QTest::newRow("override in a note")
            << "note" << QStringLiteral("zaal \u202e3 laaz")
            << QStringLiteral("note: contains the text direction control U+202E");
        QTest::newRow("line break in a venue") << "venue" << QStringLiteral("Wijkcentrum\nDe Boog")
                                               << QStringLiteral("venue: a line break is not allowed here");
        QTest::newRow("DEL in a venue") << "venue" << QStringLiteral("Wijkcentrum\x7f")
                                        << QStringLiteral("venue: contains the control character U+007F");
        QTest::newRow("C1 control in a venue")
            << "venue" << QStringLiteral("Wijkcentrum\u0085De Boog")
            << QStringLiteral("venue: contains the control character U+0085");
        QTest::newRow("isolate in a venue")
            << "venue" << QStringLiteral("De Boog \u2067zaal 3\u2069")
            << QStringLiteral("venue: contains the text direction control U+2067");
        QTest::newRow("mark in an rrule")
            << "rrule" << QStringLiteral("FREQ=WEEKLY;BYDAY=TU\u200f")
            << QStringLiteral("rrule: contains the text direction control U+200F");
        QTest::newRow("Arabic letter mark in an rrule")
            << "rrule" << QStringLiteral("FREQ=WEEKLY\u061c")
            << QStringLiteral("rrule: contains the text direction");
    }

    void refusesControlCharacters()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        TestNetwork network;
        const QString group = QStringLiteral("ehv-rouw-partner");
        const Contact contact = network.certify({group}, now().addDays(-1));
        trust::AnnouncementPayload payload;
        payload.kind = field == u"note"    ? AnnouncementKind::Note
                       : field == u"venue" ? AnnouncementKind::Relocate
                                           : AnnouncementKind::Reschedule;
        payload.group = group;
        payload.issued = now();
        payload.date = field == u"note" ? QDate() : QDate(2026, 12, 8);
        payload.until = field == u"note" ? QDate(2026, 12, 31) : QDate();
        const QString placeholder = QStringLiteral("PLACEHOLDER");
        (field == u"note" ? payload.note : field == u"venue" ? payload.venue : payload.rrule) = placeholder;
        payload.expires = now().addDays(30);

        trust::AnnouncementPayload refused = payload;
        (field == u"note" ? refused.note : field == u"venue" ? refused.venue : refused.rrule) = text;
        const auto signedAsIs = trust::signAnnouncement(refused, contact.certificate, contact.key);
        QCOMPARE(signedAsIs.ok(), expected.isEmpty());
        if (!signedAsIs.ok())
            QVERIFY2(signedAsIs.error().startsWith(expected), qPrintable(signedAsIs.error()));

        // Signed by a contact key all the same: the verifier refuses it too.
        trust::Envelope envelope =
            trust::parseEnvelope(trust::signAnnouncement(payload, contact.certificate, contact.key).value(),
                                 {}, 4096)
                .value();
        const QByteArray quoted = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        envelope.payload.replace("\"" + placeholder.toLatin1() + "\"", quoted.mid(1, quoted.size() - 2));
        const QByteArray forged = trust::serializeEnvelope(
            trust::signEnvelope(trust::SignedType::Announcement, envelope.payload, {contact.key}));
        const auto verified =
            trust::verifyAnnouncement(forged, network.root, {}, now(), QStringLiteral("item.json"));
        if (expected.isEmpty()) {
            QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error()));
            QCOMPARE(verified.value().payload.note, text);
        } else {
            QVERIFY(!verified.ok());
            QCOMPARE(verified.error().left(QStringLiteral("item.json: ").size() + expected.size()),
                     QStringLiteral("item.json: ") + expected);
        }
    }

    void fullNoteFitsTheSizeCap()
    {
        TestNetwork network;
        const QString group = QStringLiteral("ehv-rouw-partner");
        const Contact contact = network.certify({group}, now().addDays(-1));
        trust::AnnouncementPayload payload;
        payload.kind = AnnouncementKind::Note;
        payload.group = group;
        payload.issued = now();
        payload.note = QString(280, u'a');
        payload.until = QDate(2026, 12, 31);
        payload.expires = trust::defaultExpiry(payload);
        const auto envelope = trust::signAnnouncement(payload, contact.certificate, contact.key);
        QVERIFY2(envelope.ok(), qPrintable(envelope.ok() ? QString() : envelope.error()));
        QVERIFY(trust::verifyAnnouncement(envelope.value(), network.root, {}, now(), {}).ok());
    }

    void requestCodeRoundTrip()
    {
        const trust::KeyPair key = trust::generateKeyPair();
        const QString code = trust::requestCode({QStringLiteral("lvn-naasten-drank"), key.publicKey});
        QVERIFY(code.startsWith(u"KRING-REQ-"));
        const auto request = trust::parseRequestCode(QStringLiteral("  ") + code + QStringLiteral("\n"));
        QVERIFY(request.ok());
        QCOMPARE(request.value().group, QStringLiteral("lvn-naasten-drank"));
        QCOMPARE(request.value().contactKey, key.publicKey);

        QString typo = code;
        typo[20] = typo[20] == u'A' ? u'B' : u'A';
        const auto mistyped = trust::parseRequestCode(typo);
        QVERIFY(!mistyped.ok());
        QVERIFY2(mistyped.error().contains(u"checksum"), qPrintable(mistyped.error()));
    }

    void certificateCodeRoundTrip()
    {
        TestNetwork network;
        const Contact contact = network.certify({QStringLiteral("ehv-rouw-partner")}, now());
        const auto bytes = trust::envelopeFromCertificateCode(trust::certificateCode(contact.certificate));
        QVERIFY(bytes.ok());
        const auto certificate =
            trust::verifyCertificateAt(bytes.value(), network.root, now().addDays(1), {});
        QVERIFY(certificate.ok());
        QCOMPARE(certificate.value().notAfter, now().addDays(90));
        QVERIFY(!trust::envelopeFromCertificateCode(QStringLiteral("KRING-REQ-abc")).ok());
    }
};

QTEST_GUILESS_MAIN(AnnouncementTest)
#include "tst_announcement.moc"
