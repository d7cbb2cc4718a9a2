// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputfiles.h"

#include "directory/directoryjson.h"
#include "trust/sizelimits.h"

#include <QFile>
#include <QFileInfo>

using namespace kring;

std::optional<QByteArray> readInputFile(const CommandLine &line, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        line.reject(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<Directory> readDirectoryFile(const CommandLine &line, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        line.reject(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    auto directory =
        DirectoryJson::parse(file.read(trust::maxDirectoryBytes + 1), QFileInfo(path).fileName());
    if (!directory) {
        line.reject(directory.error());
        return std::nullopt;
    }
    return std::move(directory).value();
}
