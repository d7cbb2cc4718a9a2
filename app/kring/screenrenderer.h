// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QImage>

class QQuickWindow;

// Renders what the window shows once its root item says it is settled (no page transition, nothing loading):
// used by --self-test and --screenshots.
class ScreenRenderer
{
public:
    explicit ScreenRenderer(QQuickWindow *window);

    // Asks Main.qml to show `page` ("find", "group", ...) and returns the rendered picture.
    [[nodiscard]] kring::Result<QImage> render(const QString &page, int timeoutMs = 15000);
    // Asks Main.qml to open the group page of `groupId`, as a tap on a result does, and renders it.
    [[nodiscard]] kring::Result<QImage> renderGroup(const QString &groupId, int timeoutMs = 15000);

private:
    [[nodiscard]] bool waitUntilSettled(int timeoutMs);
    [[nodiscard]] kring::Result<QImage> grabSettled(const QString &page, int timeoutMs);

    QQuickWindow *m_window;
};
