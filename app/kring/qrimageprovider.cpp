// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrimageprovider.h"

#include <QUrl>

#include <qrencode.h>

#include <memory>

namespace {

constexpr int quietZone = 4;

} // namespace

QrImageProvider::QrImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{}

QImage QrImageProvider::encode(const QByteArray &text)
{
    // Level L: a share link of up to 2 KiB still fits; a screen shows it sharp enough for that.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char *>(text.constData()), 0,
                          QR_ECLEVEL_L),
        &QRcode_free);
    if (!code)
        return {};
    const int width = code->width + 2 * quietZone;
    QImage image(width, width, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                image.setPixel(x + quietZone, y + quietZone, 1);
        }
    }
    return image;
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QImage modules = encode(QUrl::fromPercentEncoding(id.toUtf8()).toUtf8());
    if (modules.isNull())
        return {};
    const int wanted = qMax(requestedSize.width(), requestedSize.height());
    const int scale = qMax(1, wanted / modules.width());
    QImage image = modules.convertToFormat(QImage::Format_RGB32)
                       .scaled(modules.size() * scale, Qt::KeepAspectRatio, Qt::FastTransformation);
    if (size)
        *size = image.size();
    return image;
}
