// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkreceiver.h"

#include <QDir>
#include <QLocalSocket>

namespace {

constexpr int timeoutMs = 2000;
// A share link is at most about 2 * 2 KiB of base64 (trust::readLink refuses longer ones).
constexpr qint64 maxLinkBytes = 8 * 1024;
// sockaddr_un holds 108 bytes on Linux, with the terminating zero.
constexpr qsizetype maxSocketPath = 100;

} // namespace

LinkReceiver::LinkReceiver(QObject *parent)
    : QObject(parent)
{
    m_server.setMaxPendingConnections(4);
    connect(&m_server, &QLocalServer::newConnection, this, &LinkReceiver::receive);
}

QString LinkReceiver::socketPath(const QString &dataDir)
{
    const QString path = QDir(dataDir).absoluteFilePath(QStringLiteral("links.socket"));
    return path.toLocal8Bit().size() <= maxSocketPath ? path : QString();
}

bool LinkReceiver::isRunning(const QString &path)
{
    if (path.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(path);
    return socket.waitForConnected(timeoutMs);
}

bool LinkReceiver::handOver(const QString &path, const QString &link)
{
    if (path.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(path);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(link.trimmed().toUtf8().left(maxLinkBytes) + '\n');
    const bool written = socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    return written;
}

bool LinkReceiver::listen(const QString &path)
{
    if (path.isEmpty())
        return false;
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server.listen(path))
        return true;
    // Nobody answered there (the caller checked): a socket left behind by a Kring that ended abruptly.
    QLocalServer::removeServer(path);
    return m_server.listen(path);
}

void LinkReceiver::receive()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > maxLinkBytes + 1) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QString link = QString::fromUtf8(socket->readLine(maxLinkBytes + 1)).trimmed();
            socket->disconnectFromServer();
            if (!link.isEmpty())
                Q_EMIT linkReceived(link);
        });
    }
}
