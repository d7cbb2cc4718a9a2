// SPDX-License-Identifier: GPL-3.0-or-later
#include "datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kring::DataFolder {
namespace {

constexpr QFile::Permissions groupAndOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                              QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

void takeAwayGroupAndOthers(const QString &path)
{
    const QFile::Permissions permissions = QFileInfo(path).permissions();
    if (permissions & groupAndOthers)
        QFile::setPermissions(path, permissions & ~groupAndOthers);
}

} // namespace

Status prepare(const QString &dataDir)
{
    const QDir folder(dataDir);
    if (!folder.exists()) {
        const QString absolute = folder.absolutePath();
        const bool made = QDir().mkpath(QFileInfo(absolute).absolutePath()) &&
                          QDir().mkdir(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (!made && !folder.exists())
            return Error{QCoreApplication::translate("DataFolder", "Kring cannot create its data folder %1.")
                             .arg(QDir::toNativeSeparators(dataDir))};
    }
    restrictToOwner(dataDir);
    return Done{};
}

void restrictToOwner(const QString &dataDir)
{
    if (!QFileInfo(dataDir).isDir())
        return;
    takeAwayGroupAndOthers(dataDir);
    const QFileInfoList files =
        QDir(dataDir).entryInfoList({QStringLiteral("kring.db*"), QStringLiteral("kring.keycheck")},
                                    QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo &file : files)
        takeAwayGroupAndOthers(file.filePath());
}

void createPrivateFile(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
        file.close();
}

} // namespace kring::DataFolder
