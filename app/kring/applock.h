// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <array>
#include <functional>
#include <optional>

// The app lock and quick-hide (docs/discretion.md). Open: the pages show. Covered: a neutral screen hides
// everything until the person taps through (quick-hide without a PIN). Locked: only the PIN opens it again.
// With a PIN, Kring locks when it has been left alone for lockDelay seconds: untouched on the screen, or
// away from it (another app, the phone's lock screen); with 0 ("immediately") as soon as it leaves the
// screen. While it is not open, the window shows the lock screen only. A double tap with two fingers anywhere
// in a window is quick-hide too (seen here, in the application's event filter, so no page needs a handler).
class QTouchEvent;

class AppLock : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool pinSet READ pinSet NOTIFY pinSetChanged)
    Q_PROPERTY(int lockDelay READ lockDelay WRITE setLockDelay NOTIFY lockDelayChanged)
    Q_PROPERTY(bool checking READ checking NOTIFY checkingChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool changingPin READ changingPin NOTIFY pinChangeChanged)
    Q_PROPERTY(QString pinChangeMessage READ pinChangeMessage NOTIFY pinChangeChanged)
    Q_PROPERTY(bool pinChangeFailed READ pinChangeFailed NOTIFY pinChangeChanged)

public:
    enum State { Open, Covered, Locked };
    Q_ENUM(State)

    explicit AppLock(QObject *parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool pinSet() const { return m_pinSet; }
    // Whether the app has a PIN (AppController: after opening the store and after a PIN change).
    void setPinSet(bool pinSet);
    // Seconds of being left alone before the lock closes; 0: as soon as Kring leaves the screen.
    [[nodiscard]] int lockDelay() const { return m_lockDelay; }
    void setLockDelay(int seconds);
    [[nodiscard]] bool checking() const { return m_checking; }
    // Why the last PIN did not open the lock, in the interface language; empty otherwise.
    [[nodiscard]] QString message() const { return m_message; }

    // Quick-hide: at once to the neutral screen, locked when there is a PIN.
    Q_INVOKABLE void hide();
    // Taps through the neutral screen; only without a PIN.
    Q_INVOKABLE void reveal();
    // Closes the lock (with a PIN) now.
    Q_INVOKABLE void lockNow();
    // Checks `pin` (unlockRequested; the answer comes through unlockFinished()).
    Q_INVOKABLE void unlock(const QString &pin);
    // The answer to unlockRequested: an empty `errorMessage` opens the lock.
    void unlockFinished(const QString &errorMessage);

    // Sets, changes or (empty) removes the PIN (pinChangeRequested; the answer comes through
    // pinChangeFinished()).
    Q_INVOKABLE void changePin(const QString &pin);
    void pinChangeFinished(const QString &errorMessage);
    [[nodiscard]] bool changingPin() const { return m_changingPin; }
    // What the last PIN change did or why it failed, in the interface language.
    [[nodiscard]] QString pinChangeMessage() const { return m_pinChangeMessage; }
    [[nodiscard]] bool pinChangeFailed() const { return m_pinChangeFailed; }

    // The person touched or typed (the event filter calls it; tests too).
    Q_INVOKABLE void noteActivity();
    // Locks when Kring has been untouched for lockDelay (a timer calls it; tests too).
    Q_INVOKABLE void checkInactivity();
    // Kring came to the screen or left it (QGuiApplication::applicationStateChanged; tests too).
    Q_INVOKABLE void applicationStateChanged(int state);
    // The clock the lock counts with; the system clock by default (tests pin it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // The delays the settings offer, in seconds.
    static constexpr std::array<int, 4> delayChoices{0, 60, 300, 900};

Q_SIGNALS:
    void stateChanged();
    void pinSetChanged();
    void lockDelayChanged();
    void checkingChanged();
    void messageChanged();
    // `pin` must be checked: AppController answers with unlockFinished().
    void unlockRequested(const QString &pin);
    void pinChangeChanged();
    // The PIN must be set, changed or (empty) removed: AppController answers with pinChangeFinished().
    void pinChangeRequested(const QString &pin);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setState(State state);
    void setMessage(const QString &message);
    void followTouch(const QTouchEvent &touch);
    [[nodiscard]] QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    State m_state = Open;
    bool m_pinSet = false;
    int m_lockDelay = 60;
    bool m_checking = false;
    QString m_message;
    bool m_changingPin = false;
    bool m_removingPin = false;
    QString m_pinChangeMessage;
    bool m_pinChangeFailed = false;
    QDateTime m_lastActivity;
    QDateTime m_awaySince; // invalid while Kring is on the screen
    QTimer m_inactivityTimer;
    std::function<QDateTime()> m_clock;
    // The two-finger double tap: the touch sequence under way, and when the last two-finger tap ended.
    qsizetype m_touchPoints = 0;
    quint64 m_touchStarted = 0;
    std::optional<quint64> m_lastTwoFingerTap;
};
