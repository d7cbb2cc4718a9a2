// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

Fixtures::Fixtures(QObject *parent)
    : QObject(parent)
    , m_app(QStringLiteral("nl"))
{
    m_app.loadDirectory(QStringLiteral(KRING_SOURCE_DIR "/assets/demo/directory.json"));
}
