// SPDX-License-Identifier: GPL-3.0-or-later
// The Kring app: reads the command line, checks that storage is encrypted, loads the directory and shows the
// UI.
#include "appcontroller.h"
#include "contactexample.h"
#include "linkreceiver.h"
#include "platformsecretvault.h"
#include "qmlwarnings.h"
#include "qrimageprovider.h"
#include "screenprivacy.h"
#include "screenrenderer.h"
#include "store/datafolder.h"
#include "store/encryptioncheck.h"
#include "sync/httpfeedsource.h"
#include "trust/bundledtrust.h"
#include "trust/pinnedroot.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <QtQml/QQmlExtensionPlugin>
#include <optional>
#include <variant>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(KringPlugin)
Q_IMPORT_QML_PLUGIN(Kring_AppPlugin)

namespace {

constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

// Arguments that must be known before QGuiApplication exists (platform and scale).
bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

void prepareEnvironment(int argc, char **argv)
{
    const bool headlessRun =
        hasArgument(argc, argv, "--self-test") || hasArgument(argc, argv, "--screenshots");
    const bool noDisplay =
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (headlessRun && noDisplay && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Screenshots are phone-sized: 390x844 logical pixels at device pixel ratio 2, unless QT_SCALE_FACTOR
    // says otherwise (3 for the store pictures of larger phones).
    if (hasArgument(argc, argv, "--screenshots") && qEnvironmentVariableIsEmpty("QT_SCALE_FACTOR"))
        qputenv("QT_SCALE_FACTOR", "2");
}

// --lang, else the choice made in Meer (kept in `languageFile`), else the phone's language.
QString chooseLanguage(const QString &requested, const QString &languageFile)
{
    if (requested == u"nl" || requested == u"en")
        return requested;
    if (const QString chosen = AppController::readLanguageChoice(languageFile); !chosen.isEmpty())
        return chosen;
    // Dutch first; English for people whose phone speaks English.
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("nl");
}

void installTranslations(QGuiApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language == u"en" ? QLocale::English : QLocale::Dutch,
                                language == u"en" ? QLocale::UnitedKingdom : QLocale::Netherlands));
    auto *kringTranslator = new QTranslator(&app);
    if (kringTranslator->load(QStringLiteral(":/i18n/kring_%1.qm").arg(language)))
        QCoreApplication::installTranslator(kringTranslator);
    if (language == u"en")
        return;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qt"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

// Until the first sync has finished, or opening the store ended without one (an error, a PIN to enter).
void waitForFirstSync(const AppController &controller)
{
    constexpr int timeout = 180000;
    QEventLoop loop;
    QObject::connect(&controller, &AppController::syncFinished, &loop, &QEventLoop::quit);
    QObject::connect(&controller, &AppController::directoryLoaded, &loop, [&] {
        // No sync started with the data: syncs are off in the settings.
        if (!controller.errorMessage().isEmpty() || controller.pinRequired() || !controller.syncing())
            loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    if (controller.finishedSyncs() == 0)
        loop.exec();
}

void fail(const QString &message)
{
    std::fprintf(stderr, "kring: %s\n", qPrintable(message));
}

// What the command line asks for, checked.
struct Options {
    QString dataDir;
    QString language;
    QString link;
    QUrl feedUrl;
    QString trustRootFile;
    bool selfTest = false;
    QString screenshotDir;

    bool headless() const { return selfTest || !screenshotDir.isEmpty(); }
};

// The options, or the exit code when the command line was wrong (help and version exit in the parser).
std::variant<Options, int> parseCommandLine()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kring: find a self-help group near you."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("Keep the encrypted store in DIR."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption feedUrlOption(
        QStringLiteral("feed-url"), QStringLiteral("Fetch the feed from URL instead of the network's."),
        QStringLiteral("URL"));
    const QCommandLineOption trustRootOption(QStringLiteral("trust-root"),
                                             QStringLiteral("Pin the root metadata in FILE."),
                                             QStringLiteral("FILE"));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QStringLiteral("Start fully, render the find page, print counts, exit."));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"), QStringLiteral("Render each main page to DIR as PNG and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("User interface language: nl or en."),
                                        QStringLiteral("nl|en"));
    parser.addOptions(
        {dataDirOption, feedUrlOption, trustRootOption, selfTestOption, screenshotsOption, langOption});
    parser.addPositionalArgument(QStringLiteral("link"),
                                 QStringLiteral("A share link to open: kring://a/... or https://HOST/a#..."),
                                 QStringLiteral("[LINK]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        fail(parser.errorText());
        return exitUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(langOption) && parser.value(langOption) != u"nl" && parser.value(langOption) != u"en") {
        fail(QStringLiteral("--lang takes nl or en"));
        return exitUsage;
    }
    if (parser.positionalArguments().size() > 1) {
        fail(QStringLiteral("give at most one link"));
        return exitUsage;
    }
    Options options;
    if (parser.isSet(feedUrlOption)) {
        const kring::Result<QUrl> checked = kring::sync::feedUrl(parser.value(feedUrlOption));
        if (!checked) {
            fail(QStringLiteral("--feed-url: %1").arg(checked.error()));
            return exitUsage;
        }
        options.feedUrl = checked.value();
    }
    options.link = parser.positionalArguments().value(0);
    options.dataDir = parser.isSet(dataDirOption)
                          ? parser.value(dataDirOption)
                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.language = parser.value(langOption);
    options.trustRootFile = parser.value(trustRootOption);
    options.selfTest = parser.isSet(selfTestOption);
    options.screenshotDir = parser.value(screenshotsOption);
    return options;
}

// The root every feed must verify under: --trust-root (which must be current), else the bundled one.
std::optional<kring::trust::PinnedRoot> readTrustRoot(const Options &options)
{
    const bool given = !options.trustRootFile.isEmpty();
    const kring::Result<kring::trust::PinnedRoot> pinnedRoot =
        kring::trust::readPinnedRoot(given ? options.trustRootFile : QString(kring::trust::bundledRootPath));
    if (!pinnedRoot) {
        fail(given ? QStringLiteral("--trust-root: %1").arg(pinnedRoot.error()) : pinnedRoot.error());
        return std::nullopt;
    }
    // The bundled root may have expired (the stored directory stays usable, marked as not checked lately).
    if (given && QDateTime::currentDateTimeUtc() > pinnedRoot.value().metadata.expires) {
        fail(QCoreApplication::translate("main", "--trust-root: %1: root version %2 expired on %3; pin the "
                                                 "network's newest root")
                 .arg(options.trustRootFile)
                 .arg(pinnedRoot.value().metadata.version)
                 .arg(kring::trust::formatTime(pinnedRoot.value().metadata.expires)));
        return std::nullopt;
    }
    return pinnedRoot.value();
}

const QString bundledDirectory = QStringLiteral(":/kring/demo/directory.json");

// Screenshots show the bundled demo directory and leave no store behind; everything else uses the store.
void loadData(AppController &controller, const Options &options, const kring::trust::PinnedRoot &root)
{
    if (!options.screenshotDir.isEmpty()) {
        controller.loadDirectory(bundledDirectory);
        // Mijn groepen with examples of changes (without a store nothing is followed).
        QObject::connect(&controller, &AppController::directoryLoaded, &controller,
                         &AppController::showExampleChanges);
        // Nieuws van het netwerk with the bundled feed's (DEMO) news.
        controller.news()->showBundled(root.bytes, QString(kring::trust::bundledFeedPath),
                                       QDateTime::currentDateTimeUtc());
        return;
    }
    // The pinned root: the bundled (DEMO, or -DKRING_TRUST_ROOT) root and its signed feed, or --trust-root
    // and then only what verifies under it.
    const QString bundledFeed = QString(kring::trust::bundledFeedPath);
    const bool withBundledFeed =
        options.trustRootFile.isEmpty() && QFileInfo::exists(bundledFeed + QStringLiteral("/snapshot.json"));
    controller.setTrust(root.bytes, withBundledFeed ? bundledFeed : QString());
    // --feed-url wins over the setting, the setting over the built-in URL.
    controller.setFeedUrl(options.feedUrl);
    controller.syncSettings()->setBuiltInFeedUrl(QStringLiteral(KRING_FEED_URL));
    const QString dataDir = options.dataDir;
    controller.openStore(
        dataDir, [dataDir] { return kring::Platform::secretVault(dataDir); }, bundledDirectory);
    // Checked once the store is open; the group page opens when it is taken.
    if (!options.link.isEmpty())
        controller.openLink(options.link);
}

QQuickWindow *loadInterface(QQmlApplicationEngine &engine, AppController &controller)
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Kring/Main.qml")));
    return engine.rootObjects().isEmpty() ? nullptr
                                          : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
}

// --self-test: the find page renders with data, nothing was set aside, a given link was taken; prints counts.
int runSelfTest(AppController &controller, ScreenRenderer &renderer, const Options &options)
{
    if (!options.feedUrl.isEmpty() || !QStringLiteral(KRING_FEED_URL).isEmpty())
        waitForFirstSync(controller);
    // A large directory takes a while to index on a slow phone: wait for it rather than fail.
    const kring::Result<QImage> find = renderer.render(QStringLiteral("find"), 180000);
    if (!find) {
        fail(find.error());
        return exitFailure;
    }
    if (!controller.errorMessage().isEmpty() || !controller.index()) {
        fail(controller.errorMessage());
        return exitFailure;
    }
    // A damaged file set aside or data opened read-only: the app runs, but the self-test does not pass.
    if (!controller.storeNotice().isEmpty()) {
        fail(controller.storeNotice());
        return exitFailure;
    }
    if (!options.link.isEmpty() && controller.linksTaken() == 0) {
        fail(QStringLiteral("%1: %2").arg(options.link.left(80), controller.linkMessage()));
        return exitFailure;
    }
    // Not a failure: the data in use is reported, and why it was not checked goes to stderr.
    for (const QString &reason : {controller.feedRefusal(), controller.feedNotice()}) {
        if (!reason.isEmpty())
            fail(reason);
    }
    const auto index = controller.index();
    // Key order as docs/command-line.md writes it (QJsonObject would sort the keys).
    std::printf("{\"feed_version\":%lld,\"groups\":%lld,\"meetings\":%lld,\"announcements\":%d,"
                "\"followed\":%d}\n",
                qlonglong(controller.feedVersion()), qlonglong(index->groupCount()),
                qlonglong(index->meetingCount()), controller.announcementCount(), controller.followedCount());
    return 0;
}

// --screenshots DIR: each page Main.qml lists in `screenshotPages`, as DIR/<page>.png.
int writeScreenshots(AppController &controller, ScreenRenderer &renderer, QQuickWindow &window,
                     const QString &dir)
{
    const QDir outDir(dir);
    if (!QDir().mkpath(outDir.path())) {
        fail(QStringLiteral("cannot create %1").arg(outDir.path()));
        return exitFailure;
    }
    std::unique_ptr<ContactExample> contactExample;
    const QStringList pages = window.property("screenshotPages").toStringList();
    for (const QString &page : pages) {
        if (page == u"contact") {
            auto example = ContactExample::create(controller);
            if (!example) {
                fail(example.error());
                return exitFailure;
            }
            contactExample = std::move(example).value();
        }
        // The lock screen as a person with a PIN sees it (no store here: nothing to check the PIN against).
        if (page == u"lock")
            controller.lock()->setPinSet(true);
        const kring::Result<QImage> image = renderer.render(page);
        const QString path = outDir.filePath(page + QStringLiteral(".png"));
        if (!image || !image.value().save(path)) {
            fail(image ? QStringLiteral("cannot write %1").arg(path) : image.error());
            return exitFailure;
        }
        std::fprintf(stderr, "wrote %s (%dx%d)\n", qPrintable(path), image.value().width(),
                     image.value().height());
    }
    return 0;
}

// A headless run fails when QML reported a warning: a page that breaks must not pass unnoticed.
int failOnQmlWarnings(int exitCode)
{
    if (exitCode != 0 || QmlWarningWatch::count() == 0)
        return exitCode;
    fail(QStringLiteral("%1 QML warning(s), the first: %2")
             .arg(QmlWarningWatch::count())
             .arg(QmlWarningWatch::first()));
    return exitFailure;
}

int runHeadless(AppController &controller, QQuickWindow &window, const Options &options)
{
    ScreenRenderer renderer(&window);
    const int exitCode = options.selfTest
                             ? runSelfTest(controller, renderer, options)
                             : writeScreenshots(controller, renderer, window, options.screenshotDir);
    return failOnQmlWarnings(exitCode);
}

} // namespace

int main(int argc, char **argv)
{
    prepareEnvironment(argc, argv);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kring"));
    QCoreApplication::setOrganizationName(QStringLiteral("kring"));
    // The Wayland app id: Phosh and Plasma Mobile find the desktop file (name, icon) by it.
    QGuiApplication::setDesktopFileName(QStringLiteral(KRING_APP_ID));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    const std::variant<Options, int> parsed = parseCommandLine();
    if (const int *exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Options &options = std::get<Options>(parsed);
    if (options.headless())
        QmlWarningWatch::install();
    // The language choice is not secret and is needed before the store (and its PIN): a file of its own.
    const QString languageFile = QDir(options.dataDir).filePath(QStringLiteral("language.ini"));
    const QString language = chooseLanguage(options.language, languageFile);
    installTranslations(app, language);

    const std::optional<kring::trust::PinnedRoot> root = readTrustRoot(options);
    if (!root)
        return exitFailure;
    if (const kring::Status prepared = kring::DataFolder::prepare(options.dataDir); !prepared) {
        fail(prepared.error());
        return exitFailure;
    }
    // `kring LINK` while Kring is open on this data folder (the desktop opening a kring:// link): the open
    // one checks and shows it.
    const QString linkSocket = options.headless() ? QString() : LinkReceiver::socketPath(options.dataDir);
    if (!options.link.isEmpty() && LinkReceiver::handOver(linkSocket, options.link)) {
        std::fprintf(stderr, "kring: the link went to the Kring that is already open\n");
        return 0;
    }
    if (const kring::Status encrypted = kring::EncryptionCheck::verify(options.dataDir); !encrypted) {
        fail(encrypted.error());
        return exitFailure;
    }

    AppController controller(language);
    if (options.screenshotDir.isEmpty())
        controller.setLanguageFile(languageFile);
    loadData(controller, options, *root);
    LinkReceiver linkReceiver;
    if (!linkSocket.isEmpty() && !LinkReceiver::isRunning(linkSocket) && linkReceiver.listen(linkSocket))
        QObject::connect(&linkReceiver, &LinkReceiver::linkReceived, &controller, &AppController::openLink);

    QQmlApplicationEngine engine;
    QQuickWindow *window = loadInterface(engine, controller);
    if (!window) {
        fail(QStringLiteral("the user interface could not be loaded"));
        return exitFailure;
    }
    if (options.headless())
        return runHeadless(controller, *window, options);

    kring::Platform::protectScreenContents();
    QObject::connect(&linkReceiver, &LinkReceiver::linkReceived, window, [window] {
        window->raise();
        window->requestActivate();
    });
    return QGuiApplication::exec();
}
