// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "directory/directoryjson.h"
#include "store/databasekeys.h"
#include "store/followrepository.h"
#include "store/storestartup.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace kring;

namespace {

constexpr qint64 maxDirectoryBytes = 64 * 1024 * 1024;

Result<Directory> readDirectory(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            AppController::tr("The group directory %1 could not be read: %2").arg(name, file.errorString())};
    if (file.size() > maxDirectoryBytes)
        return Error{AppController::tr("The group directory %1 is larger than Kring accepts.").arg(name)};
    return DirectoryJson::parse(file.readAll(), name);
}

// What opening the store gives the GUI thread.
struct OpenedStore {
    std::shared_ptr<Store> store;
    std::shared_ptr<const Directory> directory;
    qint64 feedVersion = 0;
    int followed = 0;
    QString notice;
    QString keyWarning;
};

Result<OpenedStore> openStoreAndDirectory(const QString &dataDir,
                                          const AppController::VaultFactory &makeVault,
                                          const QString &bundledPath)
{
    QFile bundledFile(bundledPath);
    if (!bundledFile.open(QIODevice::ReadOnly))
        return Error{AppController::tr("The group directory %1 could not be read: %2")
                         .arg(QFileInfo(bundledPath).fileName(), bundledFile.errorString())};
    const QByteArray bundled = bundledFile.readAll();

    const std::unique_ptr<SecretVault> vault = makeVault();
    const Result<DatabaseKey> key = DatabaseKeys::obtain(*vault, Store::exists(dataDir));
    if (!key)
        return Error{key.error()};
    Result<StartedStore> started = StoreStartup::start(dataDir, key.value(), bundled);
    if (!started)
        return Error{started.error()};
    StartedStore &opened = started.value();
    const QString sourceName = opened.snapshot.feedVersion == 0 ? QFileInfo(bundledPath).fileName()
                                                                : AppController::tr("the stored directory");
    Result<Directory> directory = DirectoryJson::parse(opened.snapshot.directoryJson, sourceName);
    if (!directory)
        return Error{directory.error()};
    const Result<qint64> followed = FollowRepository(opened.store->database()).count();
    if (!followed)
        return Error{followed.error()};
    return OpenedStore{opened.store,
                       std::make_shared<const Directory>(std::move(directory).value()),
                       opened.snapshot.feedVersion,
                       int(followed.value()),
                       opened.notice,
                       vault->warning()};
}

} // namespace

AppController::AppController(QString language, QObject *parent)
    : QObject(parent)
    , m_language(std::move(language))
{}

void AppController::loadDirectory(const QString &path)
{
    startLoading();
    auto *watcher = new QFutureWatcher<Result<Directory>>(this);
    connect(watcher, &QFutureWatcher<Result<Directory>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        Result<Directory> result = watcher->result();
        if (result.ok())
            setDirectory(std::make_shared<const Directory>(std::move(result).value()));
        finishLoading(result.ok() ? QString() : result.error());
    });
    watcher->setFuture(QtConcurrent::run(readDirectory, path));
}

void AppController::openStore(const QString &dataDir, VaultFactory makeVault, const QString &bundledPath)
{
    startLoading();
    auto *watcher = new QFutureWatcher<Result<OpenedStore>>(this);
    connect(watcher, &QFutureWatcher<Result<OpenedStore>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<OpenedStore> result = watcher->result();
        if (result.ok()) {
            const OpenedStore &opened = result.value();
            m_store = opened.store;
            m_feedVersion = opened.feedVersion;
            m_storeNotice = opened.notice;
            m_keyWarning = opened.keyWarning;
            m_followedCount = opened.followed;
            setDirectory(opened.directory);
            Q_EMIT storeNoticeChanged();
            Q_EMIT followedCountChanged();
        }
        finishLoading(result.ok() ? QString() : result.error());
    });
    watcher->setFuture(QtConcurrent::run(openStoreAndDirectory, dataDir, std::move(makeVault), bundledPath));
}

void AppController::startLoading()
{
    m_loading = true;
    Q_EMIT loadingChanged();
}

void AppController::finishLoading(const QString &errorMessage)
{
    m_errorMessage = errorMessage;
    m_loading = false;
    Q_EMIT errorMessageChanged();
    Q_EMIT loadingChanged();
    Q_EMIT directoryLoaded();
}

void AppController::setDirectory(std::shared_ptr<const Directory> directory)
{
    m_directory = std::move(directory);
    m_groups.setDirectory(m_directory, m_language);
    if (!m_currentGroup.groupId().isEmpty())
        m_currentGroup.show(m_directory, m_currentGroup.groupId(), m_language);
}

void AppController::openGroup(const QString &groupId)
{
    m_currentGroup.show(m_directory, groupId, m_language);
}
