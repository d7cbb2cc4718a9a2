// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include <QDesktopServices>

Fixtures::Fixtures(QObject *parent)
    : QObject(parent)
    , m_app(QStringLiteral("nl"))
{
    m_app.loadDirectory(QStringLiteral(KRING_SOURCE_DIR "/assets/demo/directory.json"));
    for (const char *scheme : {"https", "http", "geo", "maps", "tel", "mailto"})
        QDesktopServices::setUrlHandler(QLatin1StringView(scheme), this, "openUrl");
}

Fixtures::~Fixtures()
{
    for (const char *scheme : {"https", "http", "geo", "maps", "tel", "mailto"})
        QDesktopServices::unsetUrlHandler(QLatin1StringView(scheme));
}

void Fixtures::openUrl(const QUrl &url)
{
    m_lastOpenedUrl = url;
    Q_EMIT urlOpened();
}
