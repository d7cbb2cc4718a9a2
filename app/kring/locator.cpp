// SPDX-License-Identifier: GPL-3.0-or-later
#include "locator.h"

#include "position/positionsource.h"

#include <QGeoPositionInfoSource>

namespace {
constexpr int locateTimeoutMs = 30000;
}

Locator::Locator(QObject *parent)
    : QObject(parent)
{}

void Locator::fail(const QString &message)
{
    m_errorMessage = message;
    m_state = State::Failed;
    Q_EMIT stateChanged();
}

void Locator::locate()
{
    if (m_state == State::Locating)
        return;
    if (!m_source) {
        QString problem;
        m_source = kring::platform::createPositionSource(this, &problem);
        if (!m_source) {
            fail(problem);
            return;
        }
        connect(m_source, &QGeoPositionInfoSource::positionUpdated, this,
                [this](const QGeoPositionInfo &info) {
                    if (!info.isValid() || m_state != State::Locating)
                        return;
                    m_state = State::Located;
                    m_errorMessage.clear();
                    Q_EMIT stateChanged();
                    Q_EMIT located(info.coordinate().latitude(), info.coordinate().longitude());
                });
        connect(
            m_source, &QGeoPositionInfoSource::errorOccurred, this,
            [this](QGeoPositionInfoSource::Error error) {
                if (m_state != State::Locating)
                    return;
                fail(error == QGeoPositionInfoSource::AccessError
                         ? tr("Kring may not use your position. You can allow it in the phone's settings, or "
                              "type a town or postcode.")
                         : tr("Your position could not be found. Type a town or postcode instead."));
            });
    }
    m_state = State::Locating;
    m_errorMessage.clear();
    Q_EMIT stateChanged();
    m_source->requestUpdate(locateTimeoutMs);
}
