// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickImageProvider>

// QR codes for QML: "image://qr/<percent-encoded text>" (libqrencode), black on white with the quiet zone
// scanners need, scaled to the requested size without blurring the modules.
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider();

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // The QR code of `text` with one pixel per module (and a four-module quiet zone); null when it does not
    // fit in a QR code.
    [[nodiscard]] static QImage encode(const QByteArray &text);
};
