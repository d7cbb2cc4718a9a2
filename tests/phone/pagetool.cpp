// SPDX-License-Identifier: GPL-3.0-or-later
// kring-page-tool: pictures of pages, for the phone test and the store screenshots.
//   compare A.png B.png TOLERANCE  prints how many pixels differ by more than TOLERANCE (0-255) in any
//                                  channel, as "differing=N total=M max=D"; exit 1 when the sizes differ
//   fit IN.png OUT.png W H          IN scaled (smoothly, only when it does not fit) and centred on a W x H
//                                  picture filled with IN's corner colour (the page background): the sizes
//                                  and aspect ratios the stores ask for
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "kring-page-tool: %s\n", qPrintable(message));
    std::exit(1);
}

QImage load(const QString &path)
{
    QImage image(path);
    if (image.isNull())
        die(QStringLiteral("cannot read %1").arg(path));
    return image.convertToFormat(QImage::Format_ARGB32);
}

int compare(const QString &first, const QString &second, int tolerance)
{
    const QImage a = load(first);
    const QImage b = load(second);
    if (a.size() != b.size()) {
        std::printf("size %dx%d != %dx%d\n", a.width(), a.height(), b.width(), b.height());
        return 1;
    }
    qint64 differing = 0;
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *rowA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *rowB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int d = std::max(
                {std::abs(qRed(rowA[x]) - qRed(rowB[x])), std::abs(qGreen(rowA[x]) - qGreen(rowB[x])),
                 std::abs(qBlue(rowA[x]) - qBlue(rowB[x])), std::abs(qAlpha(rowA[x]) - qAlpha(rowB[x]))});
            largest = std::max(largest, d);
            if (d > tolerance)
                ++differing;
        }
    }
    std::printf("differing=%lld total=%lld max=%d\n", qlonglong(differing), qlonglong(a.width()) * a.height(),
                largest);
    return 0;
}

int fit(const QString &in, const QString &out, int width, int height)
{
    QImage image = load(in);
    if (image.width() > width || image.height() > height ||
        (image.width() < width && image.height() < height))
        image = image.scaled(width, height, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QImage fitted(width, height, QImage::Format_ARGB32);
    fitted.fill(load(in).pixel(0, 0));
    QPainter painter(&fitted);
    painter.drawImage((width - image.width()) / 2, (height - image.height()) / 2, image);
    painter.end();
    if (!fitted.convertToFormat(QImage::Format_RGB32).save(out))
        die(QStringLiteral("cannot write %1").arg(out));
    std::printf("%s %dx%d\n", qPrintable(out), fitted.width(), fitted.height());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication::setAttribute(Qt::AA_Use96Dpi);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    bool ok = false;
    if (args.size() == 4 && args[0] == u"compare") {
        const int tolerance = args[3].toInt(&ok);
        if (ok && tolerance >= 0 && tolerance <= 255)
            return compare(args[1], args[2], tolerance);
    } else if (args.size() == 5 && args[0] == u"fit") {
        bool heightOk = false;
        const int width = args[3].toInt(&ok);
        const int height = args[4].toInt(&heightOk);
        if (ok && heightOk && width > 0 && height > 0 && width <= 8192 && height <= 8192)
            return fit(args[1], args[2], width, height);
    }
    std::fprintf(stderr, "usage: kring-page-tool compare A.png B.png TOLERANCE | fit IN.png OUT.png W H\n");
    return 2;
}
