// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QGeoPositionInfoSource;

// Finds where the person is, once, when they ask for it: for sorting groups by distance on the phone.
// The position is never stored and never sent.
class Locator : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)

public:
    enum class State { Idle, Locating, Located, Failed };
    Q_ENUM(State)

    explicit Locator(QObject *parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    // Asks the platform for one position; located() or a Failed state follows.
    Q_INVOKABLE void locate();

Q_SIGNALS:
    void stateChanged();
    void located(double latitude, double longitude);

private:
    void fail(const QString &message);

    QGeoPositionInfoSource *m_source = nullptr;
    State m_state = State::Idle;
    QString m_errorMessage;
};
