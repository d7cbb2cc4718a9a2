// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontroller.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

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

public Q_SLOTS:
    void openUrl(const QUrl &url);

Q_SIGNALS:
    void urlOpened();

private:
    AppController m_app;
    QUrl m_lastOpenedUrl;
};
