// SPDX-License-Identifier: GPL-3.0-or-later
// The app lock on a pinned clock: with a PIN, Kring locks after the chosen time untouched or away, or at
// once when it leaves the screen with "immediately"; quick-hide covers without a PIN and locks with one;
// only the answer to the PIN opens it, and a wrong PIN says so calmly.
#include "applock.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace {

struct PinnedClock {
    QDateTime now{QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()};
    void pass(int seconds) { now = now.addSecs(seconds); }
};

} // namespace

class AppLockTest : public QObject
{
    Q_OBJECT

    PinnedClock m_clock;

    std::unique_ptr<AppLock> makeLock(bool pin, int delay)
    {
        auto lock = std::make_unique<AppLock>();
        lock->setClock([this] { return m_clock.now; });
        lock->noteActivity();
        lock->setPinSet(pin);
        lock->setLockDelay(delay);
        return lock;
    }

private Q_SLOTS:
    void locksAfterTheChosenTimeUntouched()
    {
        const auto lock = makeLock(true, 300);
        m_clock.pass(299);
        lock->checkInactivity();
        QCOMPARE(lock->state(), AppLock::Open);
        lock->noteActivity(); // a touch starts the count again
        m_clock.pass(299);
        lock->checkInactivity();
        QCOMPARE(lock->state(), AppLock::Open);
        m_clock.pass(1);
        lock->checkInactivity();
        QCOMPARE(lock->state(), AppLock::Locked);
    }

    void withoutAPinNothingLocks()
    {
        const auto lock = makeLock(false, 60);
        m_clock.pass(3600);
        lock->checkInactivity();
        lock->applicationStateChanged(Qt::ApplicationSuspended);
        m_clock.pass(3600);
        lock->applicationStateChanged(Qt::ApplicationActive);
        QCOMPARE(lock->state(), AppLock::Open);
    }

    void immediatelyLocksAsSoonAsKringLeavesTheScreen()
    {
        const auto lock = makeLock(true, 0);
        lock->applicationStateChanged(Qt::ApplicationInactive);
        QCOMPARE(lock->state(), AppLock::Locked);
    }

    void awayLongerThanTheDelayLocks()
    {
        const auto lock = makeLock(true, 60);
        lock->applicationStateChanged(Qt::ApplicationSuspended);
        QCOMPARE(lock->state(), AppLock::Open);
        m_clock.pass(30);
        lock->applicationStateChanged(Qt::ApplicationActive);
        QCOMPARE(lock->state(), AppLock::Open); // back within the minute
        lock->applicationStateChanged(Qt::ApplicationHidden);
        m_clock.pass(61);
        lock->applicationStateChanged(Qt::ApplicationActive);
        QCOMPARE(lock->state(), AppLock::Locked);
    }

    void onlyTheRightPinOpens()
    {
        const auto lock = makeLock(true, 60);
        QSignalSpy asked(lock.get(), &AppLock::unlockRequested);
        lock->lockNow();
        QCOMPARE(lock->state(), AppLock::Locked);
        lock->unlock(QStringLiteral("1111"));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().toString(), QStringLiteral("1111"));
        QVERIFY(lock->checking());
        lock->unlock(QStringLiteral("2222")); // one check at a time
        QCOMPARE(asked.size(), 1);
        lock->unlockFinished(QStringLiteral("That PIN is not right. Try again."));
        QCOMPARE(lock->state(), AppLock::Locked);
        QCOMPARE(lock->message(), QStringLiteral("That PIN is not right. Try again."));
        QVERIFY(!lock->checking());
        lock->unlock(QStringLiteral("123456"));
        QVERIFY(lock->message().isEmpty()); // the old message goes while the new PIN is checked
        lock->unlockFinished({});
        QCOMPARE(lock->state(), AppLock::Open);
    }

    void quickHideCoversWithoutAPinAndLocksWithOne()
    {
        const auto open = makeLock(false, 60);
        open->hide();
        QCOMPARE(open->state(), AppLock::Covered);
        open->unlock(QStringLiteral("1234")); // nothing to unlock with
        QCOMPARE(open->state(), AppLock::Covered);
        open->reveal();
        QCOMPARE(open->state(), AppLock::Open);

        const auto locked = makeLock(true, 60);
        locked->hide();
        QCOMPARE(locked->state(), AppLock::Locked);
        locked->reveal(); // a tap is not enough
        QCOMPARE(locked->state(), AppLock::Locked);
    }

    void aPinChangeAnswersAndSetsTheLock()
    {
        const auto lock = makeLock(false, 60);
        QSignalSpy asked(lock.get(), &AppLock::pinChangeRequested);
        lock->changePin(QStringLiteral("123456"));
        QCOMPARE(asked.size(), 1);
        QVERIFY(lock->changingPin());
        lock->pinChangeFinished({});
        QVERIFY(lock->pinSet());
        QVERIFY(!lock->pinChangeFailed());
        lock->changePin(QString());
        lock->pinChangeFinished(QStringLiteral("No."));
        QVERIFY(lock->pinSet()); // a failed removal keeps the PIN
        QVERIFY(lock->pinChangeFailed());
        QCOMPARE(lock->pinChangeMessage(), QStringLiteral("No."));
    }

    void onlyTheOfferedDelaysAreTaken()
    {
        const auto lock = makeLock(true, 300);
        lock->setLockDelay(42);
        QCOMPARE(lock->lockDelay(), 300);
        lock->setLockDelay(900);
        QCOMPARE(lock->lockDelay(), 900);
    }
};

QTEST_MAIN(AppLockTest)
#include "tst_applock.moc"
