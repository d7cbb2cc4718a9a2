// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "directory/directoryjson.h"

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

} // namespace

AppController::AppController(QString language, QObject *parent)
    : QObject(parent)
    , m_language(std::move(language))
    , m_finder(m_language)
    , m_places(m_language)
{
    m_places.loadBundled();
}

void AppController::loadDirectory(const QString &path)
{
    m_loading = true;
    Q_EMIT loadingChanged();
    auto *watcher = new QFutureWatcher<Result<Directory>>(this);
    connect(watcher, &QFutureWatcher<Result<Directory>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        Result<Directory> result = watcher->result();
        if (result.ok()) {
            setDirectory(std::make_shared<const Directory>(std::move(result).value()));
            m_errorMessage.clear();
        } else {
            m_errorMessage = result.error();
        }
        m_loading = false;
        Q_EMIT errorMessageChanged();
        Q_EMIT loadingChanged();
        Q_EMIT directoryLoaded();
    });
    watcher->setFuture(QtConcurrent::run(readDirectory, path));
}

void AppController::setDirectory(std::shared_ptr<const Directory> directory)
{
    m_directory = std::move(directory);
    m_groups.setDirectory(m_directory, m_language);
    m_finder.setDirectory(m_directory);
    if (!m_currentGroup.groupId().isEmpty())
        m_currentGroup.show(m_directory, m_currentGroup.groupId(), m_language);
}

void AppController::openGroup(const QString &groupId)
{
    m_currentGroup.show(m_directory, groupId, m_language);
}
