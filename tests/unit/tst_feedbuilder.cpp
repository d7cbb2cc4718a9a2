// SPDX-License-Identifier: GPL-3.0-or-later
// Building the signed feed (kring-publisher build): the directory's signed version, the sequence numbers kept
// between builds, and no feed written that apps would refuse.
#include "trusttestnetwork.h"

#include "directory/directoryjson.h"
#include "trust/publishedsequences.h"
#include "trust/sizelimits.h"

#include <QTest>

using namespace kring;
using namespace kring::testing;

class FeedBuilderTest : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return utc(2026, 11, 20); }
    static QString group() { return QStringLiteral("ehv-rouw-partner"); }

    static QByteArray smallDirectory()
    {
        return readTestFile(QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json"));
    }

    static QByteArray withVersion(QByteArray json, qint64 version)
    {
        return json.insert(json.indexOf('{') + 1, "\"version\": " + QByteArray::number(version) + ",");
    }

    static QByteArray changed(QByteArray json) { return json.replace("Testnetwerk", "Testnetwerk Zuid"); }

    static feed::FeedBuildInput inputFor(const TestNetwork &network, const QByteArray &directory,
                                         const QDateTime &when = now())
    {
        feed::FeedBuildInput input;
        input.rootChain = network.rootChain;
        input.rootKeys = {network.rootKey};
        input.feedKey = network.feedKey;
        input.directoryJson = directory;
        input.revocations = network.revocationsEnvelope();
        input.now = when;
        return input;
    }

    static QByteArray fileOf(const feed::FeedBuildOutput &output, const QString &path)
    {
        for (const auto &[name, bytes] : output.files) {
            if (name == path)
                return bytes;
        }
        return {};
    }

    // The version of the directory a build signed, read back as an app reads it.
    static qint64 signedVersion(const feed::FeedBuildOutput &output)
    {
        const auto envelope = trust::parseEnvelope(fileOf(output, QStringLiteral("directory.json")), {},
                                                   trust::maxDirectoryBytes);
        const auto directory =
            DirectoryJson::parse(envelope.value().payload, QStringLiteral("directory.json"));
        return directory ? directory.value().version : -1;
    }

    static feed::InboxItem inboxItem(const QString &name, const QByteArray &bytes)
    {
        return {name, bytes, {}};
    }

private Q_SLOTS:
    void stampsTheDirectoryVersion_data()
    {
        QTest::addColumn<QByteArray>("previous"); // the team's file of the previous build; empty: none
        QTest::addColumn<QByteArray>("current");
        QTest::addColumn<qint64>("expected"); // 0: refused
        QTest::addColumn<QString>("problem");
        const QByteArray small = smallDirectory();
        QTest::newRow("first build") << QByteArray() << small << qint64(1) << QString();
        QTest::newRow("unchanged") << small << small << qint64(1) << QString();
        QTest::newRow("changed") << small << changed(small) << qint64(2) << QString();
        QTest::newRow("the team's higher version")
            << small << withVersion(small, 7) << qint64(7) << QString();
        QTest::newRow("the team's version, unchanged")
            << withVersion(small, 7) << withVersion(small, 7) << qint64(7) << QString();
        QTest::newRow("the team's version, changed")
            << withVersion(small, 7) << withVersion(changed(small), 7) << qint64(8) << QString();
        QTest::newRow("the team's lower version")
            << withVersion(small, 7) << withVersion(small, 6) << qint64(0)
            << QStringLiteral(
                   "directory: version 6 is lower than the version of the published directory (7)");
        QTest::newRow("changed at the highest version")
            << withVersion(small, trust::maxVersionNumber) << changed(small) << qint64(0)
            << QStringLiteral("is the highest apps accept");
    }

    void stampsTheDirectoryVersion()
    {
        QFETCH(QByteArray, previous);
        QFETCH(QByteArray, current);
        QFETCH(qint64, expected);
        QFETCH(QString, problem);
        TestNetwork network;
        feed::FeedBuildInput input = inputFor(network, current);
        if (!previous.isEmpty()) {
            const auto built = feed::buildFeed(inputFor(network, previous, now().addDays(-1)));
            QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error()));
            input.previousDirectory = fileOf(built.value(), QStringLiteral("directory.json"));
        }
        const auto output = feed::buildFeed(input);
        if (expected == 0) {
            QVERIFY(!output.ok());
            QVERIFY2(output.error().contains(problem), qPrintable(output.error()));
            return;
        }
        QVERIFY2(output.ok(), qPrintable(output.ok() ? QString() : output.error()));
        QCOMPARE(output.value().directoryVersion, expected);
        QCOMPARE(signedVersion(output.value()), expected);
    }

    // A feed built before directories had versions signed the team's file as it was.
    void continuesFromAnUnversionedDirectory()
    {
        TestNetwork network;
        feed::FeedBuildInput input = inputFor(network, smallDirectory());
        input.previousDirectory = trust::serializeEnvelope(
            trust::signEnvelope(trust::SignedType::Directory, smallDirectory(), {network.rootKey}));
        const auto output = feed::buildFeed(input);
        QVERIFY2(output.ok(), qPrintable(output.ok() ? QString() : output.error()));
        QCOMPARE(signedVersion(output.value()), 1);
    }

    void takesThePreviousVersionOnlyFromTheRoot()
    {
        TestNetwork network;
        feed::FeedBuildInput input = inputFor(network, smallDirectory());
        input.previousDirectory = trust::serializeEnvelope(trust::signEnvelope(
            trust::SignedType::Directory, withVersion(smallDirectory(), 9), {network.feedKey}));
        const auto refused = feed::buildFeed(input);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"previous directory.json: signed by a key that is not trusted"),
                 qPrintable(refused.error()));

        // Signed with the root key of before a rotation.
        input.previousDirectory = fileOf(feed::buildFeed(input = inputFor(network, smallDirectory())).value(),
                                         QStringLiteral("directory.json"));
        network.rotate(now());
        feed::FeedBuildInput rotated = inputFor(network, changed(smallDirectory()));
        rotated.previousDirectory = input.previousDirectory;
        const auto output = feed::buildFeed(rotated);
        QVERIFY2(output.ok(), qPrintable(output.ok() ? QString() : output.error()));
        QCOMPARE(signedVersion(output.value()), 2);
    }

    // The server holds only the feed key: the directory comes signed from where the root keys are kept.
    static Result<feed::SignedDirectory>
    signedOffline(const TestNetwork &network, const QByteArray &directory, const QByteArray &published = {})
    {
        return feed::signDirectory({network.rootChain, {network.rootKey}, directory, published});
    }

    static feed::FeedBuildInput serverInput(const TestNetwork &network, const QByteArray &signedDirectory,
                                            const QDateTime &when = now())
    {
        feed::FeedBuildInput input = inputFor(network, {}, when);
        input.rootKeys.clear();
        input.signedDirectory = signedDirectory;
        return input;
    }

    void buildsWithADirectorySignedOffline()
    {
        TestNetwork network;
        const auto first = signedOffline(network, smallDirectory());
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error()));
        const auto built = feed::buildFeed(serverInput(network, first.value().envelope));
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error()));
        QCOMPARE(fileOf(built.value(), QStringLiteral("directory.json")), first.value().envelope);
        QCOMPARE(signedVersion(built.value()), 1);

        // The next directory, signed against the published one, takes the next version.
        const QByteArray published = fileOf(built.value(), QStringLiteral("directory.json"));
        const auto second = signedOffline(network, changed(smallDirectory()), published);
        QVERIFY(second.ok());
        feed::FeedBuildInput next = serverInput(network, second.value().envelope, now().addSecs(60));
        next.previousDirectory = published;
        next.previousSnapshot = fileOf(built.value(), QStringLiteral("snapshot.json"));
        const auto rebuilt = feed::buildFeed(next);
        QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.ok() ? QString() : rebuilt.error()));
        QCOMPARE(signedVersion(rebuilt.value()), 2);
        QCOMPARE(rebuilt.value().version, 2);
    }

    void refusesToSignWithoutARootKey()
    {
        TestNetwork network;
        feed::FeedBuildInput input = inputFor(network, smallDirectory());
        input.rootKeys.clear();
        const auto refused = feed::buildFeed(input);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"sign-directory"), qPrintable(refused.error()));
        QVERIFY(!feed::signDirectory({network.rootChain, {}, smallDirectory(), {}}).ok());
    }

    // A server's build must not go back on what was published, nor take a directory no root key signed.
    void refusesOfflineDirectoriesAppsWouldNotTake_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("problem");
        QTest::newRow("older version") << "older"
                                       << "older than the published directory";
        QTest::newRow("same version, other contents") << "same"
                                                      << "already published with other contents";
        QTest::newRow("signed by the feed key") << "feed key"
                                                << "not trusted";
        QTest::newRow("signed before a rotation") << "rotated"
                                                  << "not trusted";
        QTest::newRow("not a directory") << "not a directory"
                                         << "format";
    }

    void refusesOfflineDirectoriesAppsWouldNotTake()
    {
        QFETCH(QString, kind);
        QFETCH(QString, problem);
        TestNetwork network;
        const QByteArray first = signedOffline(network, smallDirectory()).value().envelope;
        const QByteArray second = signedOffline(network, changed(smallDirectory()), first).value().envelope;
        feed::FeedBuildInput input = serverInput(network, first);
        input.previousDirectory = second; // version 2 is published
        if (kind == u"same") {
            input.signedDirectory = signedOffline(network, withVersion(smallDirectory(), 2)).value().envelope;
        } else if (kind == u"feed key") {
            input.signedDirectory = trust::serializeEnvelope(trust::signEnvelope(
                trust::SignedType::Directory, withVersion(smallDirectory(), 3), {network.feedKey}));
        } else if (kind == u"rotated") {
            input.signedDirectory = signedOffline(network, withVersion(smallDirectory(), 3)).value().envelope;
            network.rotate(now());
            input.rootChain = network.rootChain;
            input.revocations = network.revocationsEnvelope();
        } else if (kind == u"not a directory") {
            input.signedDirectory = trust::serializeEnvelope(
                trust::signEnvelope(trust::SignedType::Directory, R"({"version": 3})", {network.rootKey}));
        }
        const auto refused = feed::buildFeed(input);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(problem), qPrintable(refused.error()));
    }

    // An announcement older than one published before is not published again, also when the newer one
    // expired and left announcements.json; the very announcement still published stays.
    void keepsTheHighestPublishedSequence()
    {
        TestNetwork network;
        const Contact contact = network.certify({group()}, now().addDays(-30));
        const QByteArray older =
            TestNetwork::announce(contact, group(), 1, now().addDays(-2), QDate(2026, 12, 8));
        const QByteArray newer =
            TestNetwork::announce(contact, group(), 2, now().addDays(-1), QDate(2026, 11, 21));
        feed::FeedBuildInput first = inputFor(network, smallDirectory());
        first.inbox = {inboxItem(QStringLiteral("newer.json"), newer)};
        const auto published = feed::buildFeed(first);
        QVERIFY(published.ok());
        QCOMPARE(published.value().announcements, 1);

        // Three days later the newer one has expired; the older one is sent.
        feed::FeedBuildInput later = inputFor(network, smallDirectory(), now().addDays(3));
        later.previousAnnouncements = fileOf(published.value(), QStringLiteral("announcements.json"));
        later.publishedSequences = published.value().publishedSequences;
        later.inbox = {inboxItem(QStringLiteral("older.json"), older)};
        const auto laterOutput = feed::buildFeed(later);
        QVERIFY(laterOutput.ok());
        QCOMPARE(laterOutput.value().announcements, 0);
        QCOMPARE(
            laterOutput.value().dropped,
            QStringList{QStringLiteral("older.json: sequence number 1 is a replay or older than the newest "
                                       "published (2) from this contact person; refused")});

        // While it is published, the same announcement sent again is neither dropped nor published twice.
        feed::FeedBuildInput next = inputFor(network, smallDirectory());
        next.previousAnnouncements = later.previousAnnouncements;
        next.publishedSequences = published.value().publishedSequences;
        const QByteArray newest = TestNetwork::announce(contact, group(), 3, now(), QDate(2026, 12, 15));
        next.inbox = {inboxItem(QStringLiteral("again.json"), newer),
                      inboxItem(QStringLiteral("newest.json"), newest)};
        const auto nextOutput = feed::buildFeed(next);
        QVERIFY(nextOutput.ok());
        QVERIFY2(nextOutput.value().dropped.isEmpty(), qPrintable(nextOutput.value().dropped.join(u'\n')));
        QCOMPARE(nextOutput.value().announcements, 2);
        const auto verified = trust::verifyAnnouncement(newest, network.root, {}, now(), {});
        QCOMPARE(nextOutput.value().publishedSequences.highest(verified.value()), 3);
    }

    void publishedSequencesReadBackAsWritten()
    {
        TestNetwork network;
        const Contact contact = network.certify({group()}, now().addDays(-30));
        trust::PublishedSequences sequences;
        for (qint64 sequence : {4, 2, 9}) {
            sequences.record(trust::verifyAnnouncement(
                                 TestNetwork::announce(contact, group(), sequence, now(), QDate(2026, 12, 8)),
                                 network.root, {}, now(), {})
                                 .value());
        }
        const auto read = trust::PublishedSequences::fromJson(sequences.toJson(), QStringLiteral("file"));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QVERIFY(read.value() == sequences);
        QVERIFY(sequences.toJson().contains("\"seq\": 9"));
    }

    void refusesDamagedPublishedSequences_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray key = QByteArray(32, 'a');
        const auto file = [](const QByteArray &items) {
            return "{\"format\": \"kring-published-sequences/1\", \"sequences\": [" + items + "]}";
        };
        const auto item = [&](const QByteArray &keyId, const QByteArray &group, const QByteArray &seq) {
            return "{\"key\": \"" + keyId + "\", \"group\": \"" + group + "\", \"seq\": " + seq + "}";
        };
        QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("other format") << QByteArray(R"({"format": "kring-trust-state/1", "sequences": []})")
                                      << QStringLiteral("format: expected");
        QTest::newRow("key not hex") << file(item("KEY", "g", "1")) << QStringLiteral("key: expected");
        QTest::newRow("group not an id") << file(item(key, "G G", "1")) << QStringLiteral("group: expected");
        QTest::newRow("sequence 0") << file(item(key, "g", "0"))
                                    << QStringLiteral("seq: expected a whole number");
        QTest::newRow("sequence above 2^52")
            << file(item(key, "g", "4503599627370497")) << QStringLiteral("seq: expected a whole number");
        QTest::newRow("listed twice")
            << file(item(key, "g", "1") + "," + item(key, "g", "2")) << QStringLiteral("listed twice");
        QTest::newRow("unknown key") << file(R"({"key": "x", "note": 1})") << QStringLiteral("unknown key");
        QTest::newRow("over 4 MiB") << QByteArray(trust::maxPublishedSequencesBytes + 1, ' ')
                                    << QStringLiteral("over the limit");
    }

    void refusesDamagedPublishedSequences()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto read =
            trust::PublishedSequences::fromJson(json, QStringLiteral("published-sequences.json"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().startsWith(u"published-sequences.json: "), qPrintable(read.error()));
        QVERIFY2(read.error().contains(expected), qPrintable(read.error()));
    }

    // What apps would refuse is not built: each file within its cap, the snapshot version at most 2^52.
    void refusesFeedsAppsWouldRefuse_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("snapshot version above 2^52")
            << QStringLiteral("snapshot version 4503599627370497 would be above 4503599627370496");
        QTest::newRow("directory over its cap") << QStringLiteral("directory.json would be");
        QTest::newRow("announcements over their cap") << QStringLiteral("announcements.json would be");
        QTest::newRow("revocations over their cap") << QStringLiteral("over the limit of 4194304 bytes");
    }

    void refusesFeedsAppsWouldRefuse()
    {
        QFETCH(QString, expected);
        const QString name = QString::fromUtf8(QTest::currentDataTag());
        TestNetwork network;
        feed::FeedBuildInput input = inputFor(network, smallDirectory());
        if (name == u"snapshot version above 2^52") {
            input.previousSnapshot = highestSnapshot(network);
        } else if (name == u"directory over its cap") {
            input.directoryJson = directoryOfBytes(trust::maxDirectoryBytes * 3 / 4 + 1024 * 1024);
        } else if (name == u"announcements over their cap") {
            input.inbox = announcementsOfBytes(network, trust::maxAnnouncementsBytes + 64 * 1024);
        } else if (name == u"revocations over their cap") {
            input.revocations = QByteArray(trust::maxRevocationsBytes + 1, ' ');
        }
        const auto output = feed::buildFeed(input);
        QVERIFY(!output.ok());
        QVERIFY2(output.error().contains(expected), qPrintable(output.error().left(500)));
    }

private:
    static QByteArray highestSnapshot(const TestNetwork &network)
    {
        trust::Snapshot snapshot;
        snapshot.version = trust::maxVersionNumber;
        snapshot.issued = snapshot.expires = now();
        snapshot.root = snapshot.directory = snapshot.revocations = snapshot.announcements =
            trust::FileMeta{1, QByteArray(32, '\0')};
        return trust::serializeEnvelope(trust::signEnvelope(
            trust::SignedType::Snapshot, trust::snapshotPayload(snapshot), {network.feedKey}));
    }

    // A valid directory of about `bytes`, as serialized: one theme with many keywords.
    static QByteArray directoryOfBytes(qint64 bytes)
    {
        const QByteArray keyword = '"' + QByteArray(200, 'k') + "\",";
        QByteArray json =
            R"({"format":"kring-directory/1","groups":[],"themes":[{"id":"t","name":{"nl":"T"},)"
            R"("keywords":[)";
        json.reserve(bytes + 256);
        while (json.size() < bytes)
            json += keyword;
        json.chop(1);
        return json + "]}]}";
    }

    // Valid announcements that make an announcements.json of about `bytes`, from several contact persons.
    static QList<feed::InboxItem> announcementsOfBytes(TestNetwork &network, qint64 bytes)
    {
        QList<Contact> contacts;
        for (int i = 0; i < 64; ++i)
            contacts.append(network.certify({group()}, now().addDays(-30)));
        trust::AnnouncementPayload payload;
        payload.group = group();
        payload.issued = now();
        payload.note = QString(maxAnnouncementNoteLength, u'a');
        payload.until = QDate(2026, 12, 31);
        payload.expires = trust::defaultExpiry(payload);
        QList<feed::InboxItem> inbox;
        for (qint64 total = 0; total < bytes;) {
            const Contact &contact = contacts[inbox.size() % contacts.size()];
            payload.sequence = inbox.size() / contacts.size() + 1;
            const QByteArray envelope =
                trust::signAnnouncement(payload, contact.certificate, contact.key).value();
            inbox.append(inboxItem(QStringLiteral("%1.json").arg(inbox.size()), envelope));
            total += envelope.size() * 4 / 3 + 3;
        }
        return inbox;
    }
};

QTEST_GUILESS_MAIN(FeedBuilderTest)
#include "tst_feedbuilder.moc"
