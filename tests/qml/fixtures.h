// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontroller.h"
#include "contactexample.h"

#include <QDateTime>
#include <QMetaObject>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <QQuickItem>

// What QML tests start from: an AppController that loads the demo directory the app ships.
class Fixtures : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(AppController *app READ app CONSTANT)
    Q_PROPERTY(QUrl lastOpenedUrl READ lastOpenedUrl NOTIFY urlOpened)

public:
    explicit Fixtures(QObject *parent = nullptr);
    ~Fixtures() override;

    [[nodiscard]] AppController *app() { return &m_app; }
    // The last web or map address the app handed to another app (caught here instead of opened).
    [[nodiscard]] QUrl lastOpenedUrl() const { return m_lastOpenedUrl; }

    // Gives the app a PIN for the lock screen: `pin` opens it, any other PIN is refused as the store
    // would refuse it (answered after a turn of the event loop, as a real check is). Until resetLock().
    Q_INVOKABLE void usePin(const QString &pin);
    // No PIN again, nothing hidden.
    Q_INVOKABLE void resetLock();
    // Every visible control under `root` (buttons, fields, areas, delegates) that a screen reader could not
    // name or place: "objectName or class: what is missing". Empty when all are named and have a role.
    Q_INVOKABLE QStringList unnamedControls(QQuickItem *root) const;
    // How many visible, enabled controls unnamedControls() looked at under `root`.
    Q_INVOKABLE int controlCount(QQuickItem *root) const;

    // The meeting kit's speaking timer counts on a clock the test moves: from now on it only moves by
    // advanceClock(), which then lets the timer tick.
    Q_INVOKABLE void useTestClock();
    Q_INVOKABLE void advanceClock(int milliseconds);
    // The moment the meeting kit counts "now" and "next" from.
    Q_INVOKABLE void setMeetingNow(const QDateTime &now);
    // The Contactpersoon page as a certified contact person of a weekly demo group has it at `now` (one
    // cancellation sent already). False, with a warning, when it cannot be set up.
    Q_INVOKABLE bool useContactExample(const QDateTime &now);

public Q_SLOTS:
    void openUrl(const QUrl &url);

Q_SIGNALS:
    void urlOpened();

private:
    AppController m_app;
    std::unique_ptr<ContactExample> m_contactExample;
    QUrl m_lastOpenedUrl;
    QString m_pin;
    QMetaObject::Connection m_pinCheck;
    qint64 m_clock = 0;
};
