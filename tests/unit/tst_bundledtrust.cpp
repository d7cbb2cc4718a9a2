// SPDX-License-Identifier: GPL-3.0-or-later
// The app's bundled trust: the pinned DEMO root and the signed demo feed verify, and the feed carries exactly
// the demo directory (scripts/make-demo-feed.sh was run after the last change to assets/demo/directory.json).
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

private Q_SLOTS:
    void demoFeedVerifiesUnderThePinnedRoot()
    {
        const QByteArray root = read(trust::bundledRootPath);
        QVERIFY2(!root.isEmpty(), "the pinned root is not bundled");
        const feed::DirectoryFeedSource source(trust::bundledFeedPath);
        const auto snapshot = source.read(QStringLiteral("snapshot.json"), 1 << 20);
        QVERIFY(snapshot.ok() && snapshot.value());
        const auto issued =
            trust::verifySnapshot(*snapshot.value(), trust::verifyPinnedRoot(root, {}).value(), {});
        QVERIFY(issued.ok());

        const auto feed = feed::verifyFeed(source, root, {}, issued.value().issued.addDays(1));
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
                 "the demo feed is stale: run scripts/make-demo-feed.sh after changing "
                 "assets/demo/directory.json");
        QCOMPARE(feed.value().root.version, 1);
        // The DEMO contact person's note for the first demo group.
        QCOMPARE(feed.value().announcements.size(), 1);
        QCOMPARE(feed.value().announcements.first().payload.kind, AnnouncementKind::Note);
        QCOMPARE(feed.value().announcements.first().payload.group, demo.value().groups().first().id);
    }
};

QTEST_GUILESS_MAIN(BundledTrustTest)
#include "tst_bundledtrust.moc"
