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

private:
    [[nodiscard]] bool waitUntilSettled(int timeoutMs);

    QQuickWindow *m_window;
};
