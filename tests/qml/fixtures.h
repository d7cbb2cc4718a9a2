// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontroller.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

// What QML tests start from: an AppController that loads the demo directory the app ships.
class Fixtures : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(AppController *app READ app CONSTANT)

public:
    explicit Fixtures(QObject *parent = nullptr);

    [[nodiscard]] AppController *app() { return &m_app; }

private:
    AppController m_app;
};
