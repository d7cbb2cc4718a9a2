// SPDX-License-Identifier: GPL-3.0-or-later
// The app's controller over the store: the first start imports the bundled directory, later starts show
// what the store holds, and a vault that cannot give the key ends in a message, not a directory.
#include "appcontroller.h"
#include "catalog/directorycatalog.h"
#include "directory/directoryjson.h"
#include "fakesecretvault.h"
#include "store/catalogrepository.h"
#include "store/followrepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString bundled = QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json");

// A vault made for one start that keeps what is stored in `target`, which outlives every controller, as the
// platform's keyring does.
struct Forwarding : FakeSecretVault {
    FakeSecretVault *target = nullptr;
    kring::Status store(const QByteArray &bytes) override { return target->store(bytes); }
};

AppController::VaultFactory sharedVault(FakeSecretVault &vault)
{
    return [&vault] {
        auto forwarding = std::make_unique<Forwarding>();
        forwarding->secret = vault.secret;
        forwarding->unavailable = vault.unavailable;
        forwarding->target = &vault;
        return std::unique_ptr<kring::SecretVault>(std::move(forwarding));
    };
}

bool open(AppController &controller, const QString &dataDir, FakeSecretVault &vault)
{
    QSignalSpy loaded(&controller, &AppController::directoryLoaded);
    controller.openStore(dataDir, sharedVault(vault), bundled);
    return loaded.wait(30000);
}

bool finishLoading(AppController &controller, const std::function<void()> &start)
{
    QSignalSpy loaded(&controller, &AppController::directoryLoaded);
    start();
    return loaded.wait(30000);
}

QString changePin(AppController &controller, const QString &pin)
{
    QSignalSpy changed(&controller, &AppController::pinChanged);
    controller.changePin(pin);
    if (!changed.wait(30000))
        return QStringLiteral("no answer");
    return changed.first().first().toString();
}

} // namespace

class AppControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartImportsThenLaterStartsReadTheStore()
    {
        QTemporaryDir dir;
        FakeSecretVault vault;
        {
            AppController controller(QStringLiteral("nl"));
            QVERIFY(open(controller, dir.path(), vault));
            QVERIFY2(controller.errorMessage().isEmpty(), qPrintable(controller.errorMessage()));
            QVERIFY(controller.index());
            QVERIFY(controller.index()->groupCount() > 0);
            QCOMPARE(controller.followedCount(), 0);
            QCOMPARE(controller.feedVersion(), 0);
            QVERIFY(controller.storeNotice().isEmpty());
            QVERIFY(vault.secret.has_value());
            const QString firstGroup = controller.index()->card(0).id;
            QVERIFY(kring::FollowRepository(controller.store()->database()).follow(firstGroup).ok());
        }
        AppController again(QStringLiteral("nl"));
        QVERIFY(open(again, dir.path(), vault));
        QVERIFY2(again.errorMessage().isEmpty(), qPrintable(again.errorMessage()));
        QCOMPARE(again.followedCount(), 1);
        QCOMPARE(vault.stores, 1);
    }

    // Following from the group page: stored, listed under My groups, and still there after a restart.
    void followingAGroupIsKept()
    {
        QTemporaryDir dir;
        FakeSecretVault vault;
        QString groupId;
        {
            AppController controller(QStringLiteral("nl"));
            QVERIFY(open(controller, dir.path(), vault));
            QCOMPARE(controller.followedGroups()->rowCount(), 0);
            const kring::GroupCard last = controller.index()->card(controller.index()->groupCount() - 1);
            groupId = last.id;
            // The group page reads the group from the store: the whole directory is not in memory.
            controller.openGroup(groupId);
            QCOMPARE(controller.currentGroup()->name(), last.name);
            QVERIFY(!controller.currentGroup()->themes().isEmpty());
            QVERIFY(!controller.currentGroup()->followed());
            QSignalSpy followedChanged(controller.currentGroup(), &GroupDetails::followedChanged);
            controller.currentGroup()->toggleFollow();
            QCOMPARE(followedChanged.size(), 1);
            QVERIFY(controller.currentGroup()->followed());
            QCOMPARE(controller.followedCount(), 1);
            QCOMPARE(controller.followedGroups()->rowCount(), 1);
            QCOMPARE(controller.followedGroups()->data(controller.followedGroups()->index(0, 0),
                                                       GroupListModel::GroupIdRole),
                     QVariant(groupId));
        }
        AppController again(QStringLiteral("nl"));
        QVERIFY(open(again, dir.path(), vault));
        QCOMPARE(again.followedCount(), 1);
        again.openGroup(groupId);
        QVERIFY(again.currentGroup()->followed());
        again.currentGroup()->toggleFollow();
        QCOMPARE(again.followedCount(), 0);
        QCOMPARE(again.followedGroups()->rowCount(), 0);
    }

    // After a long time without the app, the stored index knows no next meeting any more: it is shown at once
    // and built again in the background, then stored for the next start.
    void aStaleIndexIsShownAtOnceAndBuiltAgain()
    {
        QTemporaryDir dir;
        FakeSecretVault vault;
        const QDateTime yearAgo = QDateTime::currentDateTimeUtc().addYears(-1);
        {
            AppController controller(QStringLiteral("nl"));
            QVERIFY(open(controller, dir.path(), vault));
            QFile file(bundled);
            QVERIFY(file.open(QIODevice::ReadOnly));
            auto directory = kring::DirectoryJson::parse(file.readAll(), QStringLiteral("small.json"));
            QVERIFY(directory.ok());
            QVERIFY(kring::DirectoryCatalog::rebuild(
                        controller.store()->database(),
                        std::make_shared<const kring::Directory>(directory.value()), yearAgo)
                        .ok());
        }
        AppController controller(QStringLiteral("nl"));
        QVERIFY(open(controller, dir.path(), vault));
        QVERIFY2(controller.errorMessage().isEmpty(), qPrintable(controller.errorMessage()));
        const auto shown = controller.index();
        QVERIFY(shown);
        QVERIFY(shown->isStale(QDateTime::currentDateTimeUtc()));
        QTRY_VERIFY_WITH_TIMEOUT(controller.index() != shown, 30000);
        QVERIFY(!controller.index()->isStale(QDateTime::currentDateTimeUtc()));
        QCOMPARE(controller.index()->groupCount(), shown->groupCount());
        const auto stored = kring::CatalogRepository(controller.store()->database()).index();
        QVERIFY(stored.ok() && stored.value());
        QVERIFY(stored.value()->builtFor > yearAgo.addDays(300));
    }

    void pinLocksTheStoreUntilItIsEntered()
    {
        QTemporaryDir dir;
        FakeSecretVault vault;
        {
            AppController controller(QStringLiteral("nl"));
            QVERIFY(open(controller, dir.path(), vault));
            QCOMPARE(changePin(controller, QStringLiteral("123456")), QString());
        }
        AppController controller(QStringLiteral("nl"));
        QVERIFY(open(controller, dir.path(), vault));
        QVERIFY(controller.pinRequired());
        QVERIFY(!controller.index());
        QVERIFY(controller.errorMessage().contains(QStringLiteral("PIN")));

        QVERIFY(finishLoading(controller, [&] { controller.unlock(QStringLiteral("999999")); }));
        QVERIFY(controller.pinRequired());
        QVERIFY2(controller.errorMessage().contains(QStringLiteral("not right")),
                 qPrintable(controller.errorMessage()));
        QVERIFY(!controller.index());

        QVERIFY(finishLoading(controller, [&] { controller.unlock(QStringLiteral("123456")); }));
        QVERIFY2(controller.errorMessage().isEmpty(), qPrintable(controller.errorMessage()));
        QVERIFY(!controller.pinRequired());
        QVERIFY(controller.index());

        QCOMPARE(changePin(controller, QString()), QString());
        AppController withoutPin(QStringLiteral("nl"));
        QVERIFY(open(withoutPin, dir.path(), vault));
        QVERIFY(!withoutPin.pinRequired());
        QVERIFY(withoutPin.index());
    }

    void vaultWithoutTheKeyEndsInAMessage()
    {
        QTemporaryDir dir;
        FakeSecretVault vault;
        {
            AppController controller(QStringLiteral("nl"));
            QVERIFY(open(controller, dir.path(), vault));
        }
        vault.secret.reset();
        AppController controller(QStringLiteral("nl"));
        QVERIFY(open(controller, dir.path(), vault));
        QVERIFY(!controller.index());
        QVERIFY2(controller.errorMessage().contains(QStringLiteral("missing")),
                 qPrintable(controller.errorMessage()));
        QVERIFY(!controller.loading());
    }
};

QTEST_MAIN(AppControllerTest)
#include "tst_appcontroller.moc"
