// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "trust/bundledtrust.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QTimer>

namespace {

// When a signed snapshot was issued (its payload's `issued`).
QDateTime signedAt(const QByteArray &snapshot)
{
    const QByteArray payload = QByteArray::fromBase64(
        QJsonDocument::fromJson(snapshot).object().value(QLatin1StringView("payload")).toString().toLatin1());
    return QDateTime::fromString(
        QJsonDocument::fromJson(payload).object().value(QLatin1StringView("issued")).toString(), Qt::ISODate);
}

} // namespace

Fixtures::Fixtures(QObject *parent)
    : QObject(parent)
    , m_app(QStringLiteral("nl"))
{
    m_app.loadDirectory(QStringLiteral(KRING_SOURCE_DIR "/assets/demo/directory.json"));
    // The news of the demo feed the build signed and bundled (DEMO root), as on the day it was signed: the
    // build moves the news dates to that day.
    QFile root(QStringLiteral(KRING_SOURCE_DIR "/assets/trust/demo-keys/root.json"));
    QFile snapshot(QString(kring::trust::bundledFeedPath) + QStringLiteral("/snapshot.json"));
    if (root.open(QIODevice::ReadOnly) && snapshot.open(QIODevice::ReadOnly))
        m_app.news()->showBundled(root.readAll(), QString(kring::trust::bundledFeedPath),
                                  signedAt(snapshot.readAll()));
    for (const char *scheme : {"https", "http", "geo", "maps", "tel", "mailto"})
        QDesktopServices::setUrlHandler(QLatin1StringView(scheme), this, "openUrl");
}

Fixtures::~Fixtures()
{
    for (const char *scheme : {"https", "http", "geo", "maps", "tel", "mailto"})
        QDesktopServices::unsetUrlHandler(QLatin1StringView(scheme));
}

void Fixtures::useTestClock()
{
    m_clock = 0;
    m_app.meetingKit()->timer()->setClock([this] { return m_clock; });
}

void Fixtures::advanceClock(int milliseconds)
{
    m_clock += milliseconds;
    m_app.meetingKit()->timer()->tick();
}

void Fixtures::setMeetingNow(const QDateTime &now)
{
    m_app.meetingKit()->setNow(now);
}

bool Fixtures::useContactExample(const QDateTime &now)
{
    auto example = ContactExample::create(m_app, now);
    if (!example) {
        qWarning("useContactExample: %s", qPrintable(example.error()));
        return false;
    }
    m_contactExample = std::move(example).value();
    return true;
}

void Fixtures::openUrl(const QUrl &url)
{
    m_lastOpenedUrl = url;
    Q_EMIT urlOpened();
}

void Fixtures::usePin(const QString &pin)
{
    m_pin = pin;
    AppLock *lock = m_app.lock();
    QObject::disconnect(lock, &AppLock::unlockRequested, &m_app, nullptr);
    QObject::disconnect(m_pinCheck);
    m_pinCheck = connect(lock, &AppLock::unlockRequested, this, [this, lock](const QString &entered) {
        QTimer::singleShot(0, lock, [this, lock, entered] {
            lock->unlockFinished(entered == m_pin ? QString()
                                                  : QCoreApplication::translate(
                                                        "PinLock", "That PIN is not right. Try again."));
        });
    });
    lock->setPinSet(true);
}

void Fixtures::resetLock()
{
    AppLock *lock = m_app.lock();
    lock->setPinSet(false);
    lock->reveal();
}

namespace {

bool isControl(const QQuickItem *item)
{
    for (const char *type : {"QQuickAbstractButton", "QQuickTextInput", "QQuickTextEdit", "QQuickComboBox",
                             "QQuickSlider", "QQuickSpinBox", "QQuickMouseArea"}) {
        if (item->inherits(type))
            return true;
    }
    return false;
}

void collectUnnamed(QQuickItem *item, QStringList &unnamed, int &count)
{
    if (!item->isVisible())
        return;
    // A control's own parts (a button's label, a field's inner editor) are not controls of their own.
    if (isControl(item) && item->isEnabled()) {
        ++count;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        const QAccessible::Role role = accessible ? accessible->role() : QAccessible::NoRole;
        const QString what = item->objectName().isEmpty()
                                 ? QString::fromLatin1(item->metaObject()->className())
                                 : item->objectName();
        if (name.isEmpty())
            unnamed.append(QStringLiteral("%1: no accessible name").arg(what));
        if (role == QAccessible::NoRole || role == QAccessible::Client)
            unnamed.append(QStringLiteral("%1 (%2): no role").arg(what, name));
        if (!item->inherits("QQuickMouseArea"))
            return;
    }
    for (QQuickItem *child : item->childItems())
        collectUnnamed(child, unnamed, count);
}

} // namespace

QStringList Fixtures::unnamedControls(QQuickItem *root) const
{
    QStringList unnamed;
    int count = 0;
    if (root)
        collectUnnamed(root, unnamed, count);
    return unnamed;
}

int Fixtures::controlCount(QQuickItem *root) const
{
    QStringList unnamed;
    int count = 0;
    if (root)
        collectUnnamed(root, unnamed, count);
    return count;
}
