// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

// The meeting kit's timer for rounds: each speaker has the same few minutes. It counts down while it runs,
// can be paused, and starts again full for the next speaker. At the end it stops; it never makes a sound, and
// asks for a gentle vibration only when vibrateAtEnd is on. While it runs it asks that the screen stays on
// (keepAwake). The time comes from a clock that tests replace (setClock), so nothing waits for real time.
class SpeakingTimer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by MeetingKit")
    Q_PROPERTY(int minutes READ minutes WRITE setMinutes NOTIFY minutesChanged)
    Q_PROPERTY(bool running READ running NOTIFY stateChanged)
    // Paused with time left: started, not running, not finished.
    Q_PROPERTY(bool paused READ paused NOTIFY stateChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY stateChanged)
    Q_PROPERTY(int remainingSeconds READ remainingSeconds NOTIFY remainingChanged)
    // How much of the round is left, from 1 (full) to 0 (over): what the ring shows.
    Q_PROPERTY(double fraction READ fraction NOTIFY remainingChanged)
    // "2:05": minutes and seconds left.
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY remainingChanged)
    // Who speaks, counted from 1.
    Q_PROPERTY(int speaker READ speaker NOTIFY speakerChanged)
    Q_PROPERTY(bool vibrateAtEnd READ vibrateAtEnd WRITE setVibrateAtEnd NOTIFY vibrateAtEndChanged)
    // True while the timer runs: the screen must stay on.
    Q_PROPERTY(bool keepAwake READ running NOTIFY stateChanged)
    // How many times the timer asked for a vibration (tests and the page's own check).
    Q_PROPERTY(int vibrationRequests READ vibrationRequests NOTIFY vibrationRequested)

public:
    static constexpr int minMinutes = 1;
    static constexpr int maxMinutes = 10;

    // Milliseconds on a clock that only goes forward.
    using Clock = std::function<qint64()>;

    explicit SpeakingTimer(QObject *parent = nullptr);

    // Replaces the clock (tests). The timer then ticks only when tick() is called.
    void setClock(Clock clock);

    [[nodiscard]] int minutes() const { return m_minutes; }
    // 1 to 10; a change while the timer runs or is paused starts the round again, full.
    void setMinutes(int minutes);
    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] bool paused() const { return !m_running && !m_finished && m_remainingMs < durationMs(); }
    [[nodiscard]] bool finished() const { return m_finished; }
    [[nodiscard]] int remainingSeconds() const { return int((m_remainingMs + 999) / 1000); }
    [[nodiscard]] double fraction() const { return double(m_remainingMs) / double(durationMs()); }
    [[nodiscard]] QString remainingText() const;
    [[nodiscard]] int speaker() const { return m_speaker; }
    [[nodiscard]] bool vibrateAtEnd() const { return m_vibrateAtEnd; }
    void setVibrateAtEnd(bool vibrate);
    [[nodiscard]] int vibrationRequests() const { return m_vibrationRequests; }

    // Starts or goes on counting down; after the end, starts the round again for the same speaker.
    Q_INVOKABLE void start();
    Q_INVOKABLE void pause();
    // Start when not running, pause when running: the one big button.
    Q_INVOKABLE void toggle();
    // The next speaker: a full round, counting down at once.
    Q_INVOKABLE void nextSpeaker();
    // Back to the first speaker, full and stopped.
    Q_INVOKABLE void reset();
    // Reads the clock and counts down; the timer's own ticks call it, tests call it after moving their clock.
    Q_INVOKABLE void tick();

Q_SIGNALS:
    void minutesChanged();
    void stateChanged();
    void remainingChanged();
    void speakerChanged();
    void vibrateAtEndChanged();
    // The round is over; a vibration is asked for only when vibrateAtEnd is on.
    void ended();
    void vibrationRequested();

private:
    [[nodiscard]] qint64 durationMs() const { return qint64(m_minutes) * 60 * 1000; }
    void setRemaining(qint64 remainingMs);
    void setRunning(bool running, bool finished);

    Clock m_clock;
    bool m_ownClock = true;
    QTimer m_ticker;
    int m_minutes = 3;
    qint64 m_remainingMs = 3 * 60 * 1000;
    qint64 m_lastTick = 0;
    bool m_running = false;
    bool m_finished = false;
    int m_speaker = 1;
    bool m_vibrateAtEnd = false;
    int m_vibrationRequests = 0;
};
