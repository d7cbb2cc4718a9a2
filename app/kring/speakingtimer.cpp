// SPDX-License-Identifier: GPL-3.0-or-later
#include "speakingtimer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

SpeakingTimer::SpeakingTimer(QObject *parent)
    : QObject(parent)
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_clock = [elapsed] { return elapsed->elapsed(); };
    // Four ticks a second: the seconds shown change on time and the ring moves smoothly enough.
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &SpeakingTimer::tick);
}

void SpeakingTimer::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_ownClock = false;
    m_ticker.stop();
    m_lastTick = m_clock();
}

QString SpeakingTimer::remainingText() const
{
    const int seconds = remainingSeconds();
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void SpeakingTimer::setMinutes(int minutes)
{
    minutes = std::clamp(minutes, minMinutes, maxMinutes);
    if (minutes == m_minutes)
        return;
    m_minutes = minutes;
    Q_EMIT minutesChanged();
    m_lastTick = m_clock();
    setRemaining(durationMs());
    if (m_finished)
        setRunning(false, false);
    else
        Q_EMIT stateChanged(); // paused may have changed
}

void SpeakingTimer::setVibrateAtEnd(bool vibrate)
{
    if (vibrate == m_vibrateAtEnd)
        return;
    m_vibrateAtEnd = vibrate;
    Q_EMIT vibrateAtEndChanged();
}

void SpeakingTimer::start()
{
    if (m_running)
        return;
    if (m_finished || m_remainingMs <= 0)
        setRemaining(durationMs());
    m_lastTick = m_clock();
    setRunning(true, false);
}

void SpeakingTimer::pause()
{
    if (!m_running)
        return;
    tick();
    if (m_running)
        setRunning(false, false);
}

void SpeakingTimer::toggle()
{
    if (m_running)
        pause();
    else
        start();
}

void SpeakingTimer::nextSpeaker()
{
    ++m_speaker;
    Q_EMIT speakerChanged();
    m_lastTick = m_clock();
    setRemaining(durationMs());
    setRunning(true, false);
}

void SpeakingTimer::reset()
{
    if (m_speaker != 1) {
        m_speaker = 1;
        Q_EMIT speakerChanged();
    }
    setRemaining(durationMs());
    setRunning(false, false);
}

void SpeakingTimer::tick()
{
    if (!m_running)
        return;
    const qint64 now = m_clock();
    const qint64 passed = std::max<qint64>(0, now - m_lastTick);
    m_lastTick = now;
    setRemaining(std::max<qint64>(0, m_remainingMs - passed));
    if (m_remainingMs > 0)
        return;
    setRunning(false, true);
    Q_EMIT ended();
    if (m_vibrateAtEnd) {
        ++m_vibrationRequests;
        Q_EMIT vibrationRequested();
    }
}

void SpeakingTimer::setRemaining(qint64 remainingMs)
{
    if (remainingMs == m_remainingMs)
        return;
    m_remainingMs = remainingMs;
    Q_EMIT remainingChanged();
}

void SpeakingTimer::setRunning(bool running, bool finished)
{
    m_running = running;
    m_finished = finished;
    if (m_ownClock && running)
        m_ticker.start();
    else
        m_ticker.stop();
    Q_EMIT stateChanged(); // also when only `paused` changed
}
