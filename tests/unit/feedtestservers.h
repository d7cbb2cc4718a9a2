// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Servers for sync tests, on this machine: a small HTTP server that serves feed files with validators and
// records every request, and a minimal SOCKS5 proxy (no authentication, CONNECT only) that records where it
// was asked to connect and forwards to one target. Both run on the test's thread: HttpFeedSource::read()
// turns its event loop while it waits.

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace kring::testing {

struct ServedFile {
    QByteArray body;
    QByteArray etag;
    QByteArray lastModified;
};

struct SeenRequest {
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    int status = 0;
};

class FeedHttpServer : public QObject
{
public:
    FeedHttpServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

    QHash<QByteArray, ServedFile> files; // by path: "/feed/snapshot.json"
    QList<SeenRequest> requests;
    bool notModifiedForAnyValidator = false; // 304 whenever a validator is sent, matching or not

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.remove(0, end + 4);
        SeenRequest request;
        request.path = lines.value(0).split(' ').value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const auto file = files.constFind(request.path);
        QByteArray head;
        QByteArray body;
        const QByteArray ifNoneMatch = request.headers.value("if-none-match");
        const QByteArray ifModifiedSince = request.headers.value("if-modified-since");
        const bool validated = !ifNoneMatch.isEmpty() || !ifModifiedSince.isEmpty();
        if (file == files.constEnd()) {
            request.status = 404;
        } else if ((notModifiedForAnyValidator && validated) ||
                   (!file->etag.isEmpty() && ifNoneMatch == file->etag) ||
                   (ifNoneMatch.isEmpty() && !file->lastModified.isEmpty() &&
                    ifModifiedSince == file->lastModified)) {
            request.status = 304;
        } else {
            request.status = 200;
            body = file->body;
            if (!file->etag.isEmpty())
                head += "ETag: " + file->etag + "\r\n";
            if (!file->lastModified.isEmpty())
                head += "Last-Modified: " + file->lastModified + "\r\n";
        }
        const QByteArray reason = request.status == 200   ? "OK"
                                  : request.status == 304 ? "Not Modified"
                                                          : "Not Found";
        requests.append(request);
        socket->write("HTTP/1.1 " + QByteArray::number(request.status) + ' ' + reason + "\r\n" + head +
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// RFC 1928 with "no authentication" and CONNECT only. Every connection goes to `targetPort` on this
// machine, whatever it asked for; what it asked for is recorded.
class Socks5Server : public QObject
{
public:
    explicit Socks5Server(quint16 targetPort)
        : m_targetPort(targetPort)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

    QList<QByteArray> domainsAsked; // CONNECT requests by name (ATYP 3): "localhost:8080"
    int addressesAsked = 0;         // CONNECT requests by IP address (ATYP 1 or 4)

private:
    void accept(QTcpSocket *client)
    {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        auto *buffer = new QByteArray;
        auto *stage = new int(0);
        connect(client, &QObject::destroyed, this, [buffer, stage] {
            delete buffer;
            delete stage;
        });
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, stage] {
            if (*stage == 2)
                return;
            *buffer += client->readAll();
            if (*stage == 0) {
                if (buffer->size() < 2 || buffer->size() < 2 + quint8(buffer->at(1)))
                    return;
                buffer->remove(0, 2 + quint8(buffer->at(1)));
                client->write(QByteArray("\x05\x00", 2));
                *stage = 1;
            }
            if (*stage == 1 && !connectRequest(client, *buffer))
                return;
            *stage = 2;
        });
    }

    // Reads VER CMD RSV ATYP ADDR PORT; false while more is to come.
    bool connectRequest(QTcpSocket *client, QByteArray &buffer)
    {
        if (buffer.size() < 5)
            return false;
        const quint8 type = quint8(buffer.at(3));
        const qsizetype addressLength = type == 3 ? 1 + quint8(buffer.at(4)) : type == 4 ? 16 : 4;
        if (buffer.size() < 4 + addressLength + 2)
            return false;
        const quint16 port =
            quint16(quint8(buffer.at(4 + addressLength)) << 8 | quint8(buffer.at(5 + addressLength)));
        if (type == 3)
            domainsAsked.append(buffer.mid(5, addressLength - 1) + ':' + QByteArray::number(port));
        else
            ++addressesAsked;
        buffer.remove(0, 4 + addressLength + 2);
        auto *upstream = new QTcpSocket(client);
        connect(upstream, &QTcpSocket::connected, client,
                [client] { client->write(QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00", 10)); });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        if (!buffer.isEmpty())
            upstream->write(buffer);
        return true;
    }

    QTcpServer m_server;
    quint16 m_targetPort;
};

} // namespace kring::testing
