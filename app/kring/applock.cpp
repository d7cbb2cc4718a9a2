// SPDX-License-Identifier: GPL-3.0-or-later
#include "applock.h"

#include <QEvent>
#include <QGuiApplication>
#include <QTouchEvent>

#include <algorithm>
#include <utility>

AppLock::AppLock(QObject *parent)
    : QObject(parent)
{
    m_inactivityTimer.setInterval(5000);
    connect(&m_inactivityTimer, &QTimer::timeout, this, &AppLock::checkInactivity);
    if (auto *application = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        application->installEventFilter(this);
        connect(application, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) { applicationStateChanged(state); });
    }
    m_lastActivity = now();
}

void AppLock::setPinSet(bool pinSet)
{
    if (pinSet == m_pinSet)
        return;
    m_pinSet = pinSet;
    if (m_pinSet)
        m_inactivityTimer.start();
    else
        m_inactivityTimer.stop();
    // Without a PIN there is nothing to lock with: a locked screen becomes the neutral one.
    if (!m_pinSet && m_state == Locked)
        setState(Covered);
    Q_EMIT pinSetChanged();
}

void AppLock::setLockDelay(int seconds)
{
    const auto *choice = std::find(delayChoices.begin(), delayChoices.end(), seconds);
    if (choice == delayChoices.end() || seconds == m_lockDelay)
        return;
    m_lockDelay = seconds;
    Q_EMIT lockDelayChanged();
}

void AppLock::hide()
{
    setMessage({});
    setState(m_pinSet ? Locked : Covered);
}

void AppLock::reveal()
{
    if (m_state == Covered) {
        m_lastActivity = now();
        setState(Open);
    }
}

void AppLock::lockNow()
{
    if (m_pinSet)
        setState(Locked);
}

void AppLock::unlock(const QString &pin)
{
    if (m_state != Locked || m_checking)
        return;
    if (pin.isEmpty()) {
        setMessage(tr("Enter your PIN."));
        return;
    }
    setMessage({});
    m_checking = true;
    Q_EMIT checkingChanged();
    Q_EMIT unlockRequested(pin);
}

void AppLock::unlockFinished(const QString &errorMessage)
{
    if (m_checking) {
        m_checking = false;
        Q_EMIT checkingChanged();
    }
    setMessage(errorMessage);
    if (errorMessage.isEmpty() && m_state == Locked) {
        m_lastActivity = now();
        setState(Open);
    }
}

void AppLock::changePin(const QString &pin)
{
    if (m_changingPin)
        return;
    m_changingPin = true;
    m_removingPin = pin.isEmpty();
    m_pinChangeMessage = pin.isEmpty() ? tr("Removing the PIN…") : tr("Setting the PIN…");
    m_pinChangeFailed = false;
    Q_EMIT pinChangeChanged();
    Q_EMIT pinChangeRequested(pin);
}

void AppLock::pinChangeFinished(const QString &errorMessage)
{
    m_changingPin = false;
    m_pinChangeFailed = !errorMessage.isEmpty();
    if (m_pinChangeFailed)
        m_pinChangeMessage = errorMessage;
    else
        m_pinChangeMessage = m_removingPin ? tr("The PIN is removed. Kring no longer locks.")
                                           : tr("The PIN is set. Kring now locks as chosen below.");
    if (!m_pinChangeFailed)
        setPinSet(!m_removingPin);
    Q_EMIT pinChangeChanged();
}

void AppLock::noteActivity()
{
    m_lastActivity = now();
}

void AppLock::checkInactivity()
{
    if (m_pinSet && m_state == Open && m_lockDelay > 0 && !m_awaySince.isValid() &&
        m_lastActivity.secsTo(now()) >= m_lockDelay)
        setState(Locked);
}

void AppLock::applicationStateChanged(int state)
{
    if (state != Qt::ApplicationActive) {
        if (!m_awaySince.isValid())
            m_awaySince = now();
        if (m_pinSet && m_lockDelay == 0)
            setState(Locked);
        return;
    }
    if (!m_awaySince.isValid())
        return;
    const QDateTime since = std::exchange(m_awaySince, QDateTime());
    if (m_pinSet && since.secsTo(now()) >= m_lockDelay)
        setState(Locked);
    m_lastActivity = now();
}

namespace {

constexpr quint64 longestTap = 400;      // ms from the first finger down to the last one up
constexpr quint64 longestTapPause = 500; // ms between the two taps
constexpr qreal farthestTapMove = 24;    // logical pixels a finger may move in a tap

} // namespace

void AppLock::followTouch(const QTouchEvent &touch)
{
    if (touch.type() == QEvent::TouchBegin) {
        m_touchPoints = 0;
        m_touchStarted = touch.timestamp();
    }
    m_touchPoints = std::max(m_touchPoints, touch.pointCount());
    for (const QEventPoint &point : touch.points()) {
        if ((point.position() - point.pressPosition()).manhattanLength() > farthestTapMove)
            m_touchPoints = 3; // a swipe or a pinch, not a tap
    }
    if (touch.type() != QEvent::TouchEnd && touch.type() != QEvent::TouchCancel)
        return;
    const bool twoFingerTap = touch.type() == QEvent::TouchEnd && m_touchPoints == 2 &&
                              touch.timestamp() - m_touchStarted <= longestTap;
    if (!twoFingerTap) {
        m_lastTwoFingerTap.reset();
        return;
    }
    if (m_lastTwoFingerTap && m_touchStarted - *m_lastTwoFingerTap <= longestTapPause) {
        m_lastTwoFingerTap.reset();
        if (m_state == Open)
            hide();
        return;
    }
    m_lastTwoFingerTap = touch.timestamp();
}

bool AppLock::eventFilter(QObject *watched, QEvent *event)
{
    // Each touch is seen once, as the window gets it (the window passes it on to its items).
    if (watched->isWindowType() &&
        (event->type() == QEvent::TouchBegin || event->type() == QEvent::TouchUpdate ||
         event->type() == QEvent::TouchEnd || event->type() == QEvent::TouchCancel))
        followTouch(*static_cast<QTouchEvent *>(event));
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        m_lastActivity = now();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AppLock::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void AppLock::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}
