// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenrenderer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QQuickItem>
#include <QQuickWindow>

ScreenRenderer::ScreenRenderer(QQuickWindow *window)
    : m_window(window)
{}

bool ScreenRenderer::waitUntilSettled(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_window->property("settled").toBool()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

kring::Result<QImage> ScreenRenderer::render(const QString &page, int timeoutMs)
{
    QVariant shown;
    QMetaObject::invokeMethod(m_window, "showPage", Q_RETURN_ARG(QVariant, shown), Q_ARG(QVariant, page));
    if (!shown.toBool())
        return kring::Error{
            QCoreApplication::translate("ScreenRenderer", "There is no page \"%1\".").arg(page)};
    return grabSettled(page, timeoutMs);
}

kring::Result<QImage> ScreenRenderer::renderGroup(const QString &groupId, int timeoutMs)
{
    QMetaObject::invokeMethod(m_window, "openGroup", Q_ARG(QVariant, groupId));
    return grabSettled(QStringLiteral("group"), timeoutMs);
}

kring::Result<QImage> ScreenRenderer::grabSettled(const QString &page, int timeoutMs)
{
    if (!waitUntilSettled(timeoutMs))
        return kring::Error{
            QCoreApplication::translate("ScreenRenderer", "The page \"%1\" did not finish loading.")
                .arg(page)};
    QImage image = m_window->grabWindow();
    if (image.isNull())
        return kring::Error{
            QCoreApplication::translate("ScreenRenderer", "The page \"%1\" could not be rendered.")
                .arg(page)};
    return image;
}
