// SPDX-License-Identifier: GPL-3.0-or-later
// Discretion with a real store: the first-start note shows once, the calendar title and lock time are kept,
// the lock screen opens with the app PIN only, and the notes export goes to a file and comes back on another
// store, while a wrong passphrase changes nothing.
#include "appcontroller.h"
#include "fakesecretvault.h"
#include "store/noterepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString bundled = QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json");
const QString groupId = QStringLiteral("ehv-rouw-partner");
// Far below SENSITIVE so the test runs quickly; the app keeps NotesFile::sensitiveLimits.
constexpr kring::NotesFile::Limits testLimits{1, 8 * 1024};

struct Forwarding : FakeSecretVault {
    FakeSecretVault *target = nullptr;
    kring::Status store(const QByteArray &bytes) override { return target->store(bytes); }
};

AppController::VaultFactory sharedVault(FakeSecretVault &vault)
{
    return [&vault] {
        auto forwarding = std::make_unique<Forwarding>();
        forwarding->secret = vault.secret;
        forwarding->target = &vault;
        return std::unique_ptr<kring::SecretVault>(std::move(forwarding));
    };
}

bool open(AppController &controller, const QString &dataDir, FakeSecretVault &vault)
{
    QSignalSpy loaded(&controller, &AppController::directoryLoaded);
    controller.openStore(dataDir, sharedVault(vault), bundled);
    return loaded.wait(30000) && controller.errorMessage().isEmpty();
}

bool waitFor(QObject *object, const char *signal)
{
    QSignalSpy spy(object, signal);
    return spy.wait(60000);
}

} // namespace

class AppControllerDiscretionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFirstStartNoteShowsOnceAndSettingsAreKept()
    {
        QTemporaryDir dir;
        FakeSecretVault vault;
        {
            AppController controller(QStringLiteral("nl"));
            QVERIFY(controller.welcomeSeen()); // nothing to show before the store says so
            QVERIFY(open(controller, dir.path(), vault));
            QVERIFY(!controller.welcomeSeen());
            controller.markWelcomeSeen();
            controller.setCalendarTitle(AppController::TitleNeutral);
            controller.lock()->setLockDelay(900);
        }
        AppController controller(QStringLiteral("nl"));
        QVERIFY(open(controller, dir.path(), vault));
        QVERIFY(controller.welcomeSeen());
        QCOMPARE(controller.calendarTitle(), AppController::TitleNeutral);
        QCOMPARE(controller.lock()->lockDelay(), 900);
        QVERIFY(!controller.lock()->pinSet());
    }

    // The meeting kit's group, vibration and large text are kept in the store's settings for the next start.
    void theMeetingKitKeepsItsChoices()
    {
        QTemporaryDir dir;
        FakeSecretVault vault;
        {
            AppController controller(QStringLiteral("nl"));
            QVERIFY(open(controller, dir.path(), vault));
            MeetingKit *kit = controller.meetingKit();
            QVERIFY(!kit->hasGroup());
            QVERIFY(!kit->timer()->vibrateAtEnd()); // off by default
            QVERIFY(!kit->largeText());
            controller.setFollowed(groupId, true);
            QCOMPARE(kit->choices().size(), 1);
            QCOMPARE(kit->firstChoice(), groupId);
            kit->pick(QStringLiteral("lvn-naasten-drank"));
            kit->timer()->setVibrateAtEnd(true);
            kit->setLargeText(true);
        }
        AppController controller(QStringLiteral("nl"));
        QVERIFY(open(controller, dir.path(), vault));
        MeetingKit *kit = controller.meetingKit();
        QCOMPARE(kit->groupId(), QStringLiteral("lvn-naasten-drank"));
        QCOMPARE(kit->groupName(), QStringLiteral("Naasten van mensen die te veel drinken"));
        QVERIFY(kit->timer()->vibrateAtEnd());
        QVERIFY(kit->largeText());
        // Leuven: the Belgian help lines.
        QVERIFY(!kit->helpLines().isEmpty());
        QCOMPARE(kit->helpLines().constFirst().toMap().value(QStringLiteral("number")).toString(),
                 QStringLiteral("1813"));
    }

    void theLockOpensWithTheAppPinOnly()
    {
        QTemporaryDir dir;
        FakeSecretVault vault;
        AppController controller(QStringLiteral("en"));
        QVERIFY(open(controller, dir.path(), vault));
        AppLock *lock = controller.lock();
        lock->changePin(QStringLiteral("482916"));
        QVERIFY(waitFor(lock, SIGNAL(pinChangeChanged())));
        QTRY_VERIFY_WITH_TIMEOUT(!lock->changingPin(), 60000);
        QVERIFY2(!lock->pinChangeFailed(), qPrintable(lock->pinChangeMessage()));
        QVERIFY(lock->pinSet());

        lock->hide();
        QCOMPARE(lock->state(), AppLock::Locked);
        lock->unlock(QStringLiteral("111111"));
        QTRY_VERIFY_WITH_TIMEOUT(!lock->checking(), 60000);
        QCOMPARE(lock->state(), AppLock::Locked);
        QCOMPARE(lock->message(), QStringLiteral("That PIN is not right. Try again."));
        lock->unlock(QStringLiteral("482916"));
        QTRY_VERIFY_WITH_TIMEOUT(!lock->checking(), 60000);
        QCOMPARE(lock->state(), AppLock::Open);

        // The next start asks for it at once, on the same lock screen.
        AppController next(QStringLiteral("en"));
        QSignalSpy loaded(&next, &AppController::directoryLoaded);
        next.openStore(dir.path(), sharedVault(vault), bundled);
        QVERIFY(loaded.wait(30000));
        QVERIFY(next.pinRequired());
        QCOMPARE(next.lock()->state(), AppLock::Locked);
        next.lock()->unlock(QStringLiteral("482916"));
        QTRY_VERIFY_WITH_TIMEOUT(next.lock()->state() == AppLock::Open, 60000);
        QVERIFY(next.store());
    }

    void notesGoToAFileAndComeBackElsewhere()
    {
        QTemporaryDir dir;
        QTemporaryDir otherDir;
        QTemporaryDir files;
        const QString path = files.filePath(QStringLiteral("notes.kringnotes"));
        FakeSecretVault vault;
        FakeSecretVault otherVault;
        {
            AppController controller(QStringLiteral("en"));
            QVERIFY(open(controller, dir.path(), vault));
            PrivateNotesController *notes = controller.notes();
            notes->setLimits(testLimits);
            notes->open(groupId, QStringLiteral("Verder na verlies"));
            QVERIFY(notes->save(QStringLiteral("Vraag naar Ans.")));
            notes->exportTo(path, QStringLiteral("paard batterij nietje"));
            QVERIFY(waitFor(notes, SIGNAL(finished())));
            QVERIFY2(!notes->failed(), qPrintable(notes->message()));
            QVERIFY(QFile::exists(path));
            QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                     QFileDevice::Permissions());
        }
        AppController other(QStringLiteral("en"));
        QVERIFY(open(other, otherDir.path(), otherVault));
        PrivateNotesController *notes = other.notes();
        notes->open(groupId, QStringLiteral("Verder na verlies"));
        QVERIFY(notes->save(QStringLiteral("mine")));
        notes->importFrom(path, QStringLiteral("paard batterij nietjes"));
        QVERIFY(waitFor(notes, SIGNAL(finished())));
        QVERIFY(notes->failed());
        QCOMPARE(
            notes->message(),
            QStringLiteral("The passphrase is not right, or the file was changed. Nothing was imported."));
        QCOMPARE(notes->text(), QStringLiteral("mine"));

        // The note written here is newer than the exported one and would stay: remove it first.
        QVERIFY(notes->save(QString()));
        notes->importFrom(path, QStringLiteral("paard batterij nietje"));
        QVERIFY(waitFor(notes, SIGNAL(finished())));
        QVERIFY2(!notes->failed(), qPrintable(notes->message()));
        // Without the English translation file the plural reads "1 note(s)".
        QVERIFY2(notes->message().startsWith(u"1 note"), qPrintable(notes->message()));
        QCOMPARE(notes->text(), QStringLiteral("Vraag naar Ans."));
    }
};

QTEST_MAIN(AppControllerDiscretionTest)
#include "tst_appcontrollerdiscretion.moc"
