// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QObject>

// Hands share links from a second launch (`kring LINK`, as the desktop opens kring:// links) to the Kring
// already running on the same data folder, over a local socket inside that folder (0700, so only its owner
// can reach it). The running app checks every link it receives exactly like one given on its command line.
class LinkReceiver : public QObject
{
    Q_OBJECT

public:
    explicit LinkReceiver(QObject *parent = nullptr);

    // The socket for the data folder `dataDir`; empty when its path is too long for a local socket.
    [[nodiscard]] static QString socketPath(const QString &dataDir);
    // Whether a running Kring listens at `path`.
    [[nodiscard]] static bool isRunning(const QString &path);
    // Sends `link` to the Kring listening at `path`; false when none took it.
    [[nodiscard]] static bool handOver(const QString &path, const QString &link);

    // Listens at `path` (a stale socket left by a crash is replaced); false when it cannot.
    bool listen(const QString &path);

Q_SIGNALS:
    void linkReceived(const QString &link);

private:
    void receive();

    QLocalServer m_server;
};
