// SPDX-License-Identifier: GPL-3.0-or-later
// kring-seeker-probe DIR ROOT FEED_URL GROUP: a seeker's install as the app runs it (AppController on the
// store in DIR, the root pinned from ROOT, a sync from FEED_URL), with the group page of GROUP rendered
// offscreen by the app's own QML. Prints one JSON line per coming date the page shows:
//   {"date":"YYYY-MM-DD","status":"cancelled","text":"dinsdag 13 januari","struck":true}
// where "struck" says whether the rendered date is drawn struck through. Exit 1 with the reason on failure.
#include "appcontroller.h"
#include "groupdetails.h"
#include "nextdatesmodel.h"
#include "platformsecretvault.h"
#include "qrimageprovider.h"
#include "screenrenderer.h"
#include "trust/pinnedroot.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <cstdlib>

Q_IMPORT_QML_PLUGIN(KringPlugin)
Q_IMPORT_QML_PLUGIN(Kring_AppPlugin)

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "kring-seeker-probe: %s\n", qPrintable(message));
    std::exit(1);
}

void waitForSync(AppController &controller)
{
    QEventLoop loop;
    QObject::connect(&controller, &AppController::syncFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    if (controller.finishedSyncs() == 0)
        loop.exec();
    if (controller.finishedSyncs() == 0 || !controller.feedRefusal().isEmpty())
        die(QStringLiteral("no sync: %1").arg(controller.feedRefusal()));
}

// Whether some text item of the rendered page shows `text` struck through; nothing when none shows it.
std::optional<bool> renderedStruck(QQuickItem *item, const QString &text)
{
    if (item->isVisible() && item->property("text").toString() == text)
        return item->property("font").value<QFont>().strikeOut();
    for (QQuickItem *child : item->childItems()) {
        if (const auto struck = renderedStruck(child, text))
            return struck;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: kring-seeker-probe DIR ROOT FEED_URL GROUP\n");
        return 2;
    }
    const QString dataDir = arguments[0];
    const auto root = kring::trust::readPinnedRoot(arguments[1]);
    if (!root)
        die(root.error());
    AppController controller(QStringLiteral("nl"));
    controller.setTrust(root.value().bytes, QString());
    controller.setFeedUrl(QUrl(arguments[2]));
    controller.openStore(
        dataDir, [dataDir] { return kring::Platform::secretVault(dataDir); },
        QStringLiteral(":/kring/demo/directory.json"));
    waitForSync(controller);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Kring/Main.qml")));
    auto *window =
        engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        die(QStringLiteral("the user interface could not be loaded"));
    if (const auto image = ScreenRenderer(window).renderGroup(arguments[3]); !image)
        die(image.error());

    const NextDatesModel *dates = controller.currentGroup()->nextDates();
    for (int row = 0; row < dates->rowCount(); ++row) {
        const QModelIndex index = dates->index(row);
        const QString text = index.data(NextDatesModel::DateTextRole).toString();
        const auto struck = renderedStruck(window->contentItem(), text);
        QJsonObject line{{QStringLiteral("date"),
                          index.data(NextDatesModel::StartRole).toDateTime().date().toString(Qt::ISODate)},
                         {QStringLiteral("status"), index.data(NextDatesModel::StatusRole).toString()},
                         {QStringLiteral("text"), text},
                         {QStringLiteral("struck"), struck ? QJsonValue(*struck) : QJsonValue()}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
