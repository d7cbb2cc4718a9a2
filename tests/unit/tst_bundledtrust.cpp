// SPDX-License-Identifier: GPL-3.0-or-later
// The app's bundled trust: the pinned DEMO root and the demo feed the build signed
// (scripts/make-demo-feed.sh, run by the build whenever the demo directory, news or keys change) verify, the
// feed carries exactly the demo directory, and it stays fresh for a year after it was signed, whatever the
// pinned root's own expiry.
#include "directory/directoryjson.h"
#include "feed/feedverifier.h"
#include "trust/bundledtrust.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace kring;

class BundledTrustTest : public QObject
{
    Q_OBJECT

private:
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // When the bundled feed was signed: its snapshot's issued time; invalid when it does not verify.
    static QDateTime signingTime(const feed::DirectoryFeedSource &source, const QByteArray &pinnedRoot)
    {
        const auto snapshot = source.read(QStringLiteral("snapshot.json"), 1 << 20);
        const auto root = trust::verifyPinnedRoot(pinnedRoot, {});
        if (!snapshot.ok() || !snapshot.value() || !root.ok())
            return {};
        const auto issued = trust::verifySnapshot(*snapshot.value(), root.value(), {});
        return issued.ok() ? issued.value().issued : QDateTime();
    }

private Q_SLOTS:
    void demoFeedVerifiesUnderThePinnedRoot()
    {
        const QByteArray root = read(trust::bundledRootPath);
        QVERIFY2(!root.isEmpty(), "the pinned root is not bundled");
        const feed::DirectoryFeedSource source(trust::bundledFeedPath);
        const QDateTime signedAt = signingTime(source, root);
        QVERIFY2(signedAt.isValid(), "the bundled snapshot does not verify under the pinned root");

        const auto feed = feed::verifyFeed(source, root, {}, signedAt.addDays(1));
        QVERIFY2(feed.ok(), qPrintable(feed.ok() ? QString() : feed.error()));
        const auto demo =
            DirectoryJson::parse(read(QStringLiteral(KRING_SOURCE_DIR "/assets/demo/directory.json")),
                                 QStringLiteral("directory.json"));
        QVERIFY(demo.ok());
        // The feed signs the demo directory with its version, the first one.
        QCOMPARE(feed.value().directory.version, 1);
        Directory expected = demo.value();
        expected.version = 1;
        QVERIFY2(feed.value().directory == expected,
                 "the bundled demo feed is not the demo directory: the build should sign it again when "
                 "assets/demo/directory.json changes");
        // The pinned root v1, renewed with its own key when the feed was signed: v2, current for a year.
        const auto pinned = trust::verifyPinnedRoot(root, {});
        QCOMPARE(pinned.value().version, 1);
        QCOMPARE(feed.value().root.version, 2);
        QCOMPARE(feed.value().root.issued, signedAt);
        QVERIFY(feed.value().root.root == pinned.value().root);
        QVERIFY(feed.value().root.feed == pinned.value().feed);
        // The DEMO contact person's note for the first demo group.
        QCOMPARE(feed.value().announcements.size(), 1);
        QCOMPARE(feed.value().announcements.first().payload.kind, AnnouncementKind::Note);
        QCOMPARE(feed.value().announcements.first().payload.group, demo.value().groups().first().id);
    }

    void demoFeedIsFreshForAYearAfterItWasSigned()
    {
        const QByteArray root = read(trust::bundledRootPath);
        const feed::DirectoryFeedSource source(trust::bundledFeedPath);
        const QDateTime signedAt = signingTime(source, root);
        QVERIFY2(signedAt.isValid(), "the bundled snapshot does not verify under the pinned root");
        const auto lastDay = feed::verifyFeed(source, root, {}, signedAt.addDays(364));
        QVERIFY2(lastDay.ok(), qPrintable(lastDay.ok() ? QString() : lastDay.error()));
        QVERIFY(lastDay.value().news.has_value());
        // A year and a day later the app refuses it (and keeps what it stored before).
        QVERIFY(!feed::verifyFeed(source, root, {}, signedAt.addDays(366)).ok());
    }
};

QTEST_GUILESS_MAIN(BundledTrustTest)
#include "tst_bundledtrust.moc"
