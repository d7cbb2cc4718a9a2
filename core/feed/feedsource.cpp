// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace kring::feed {

Result<std::optional<QByteArray>> DirectoryFeedSource::read(const QString &path, qint64 maxBytes) const
{
    QFile file(m_directory + QLatin1Char('/') + path);
    if (!file.exists())
        return std::optional<QByteArray>();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{
            QCoreApplication::translate("Feed", "%1: cannot be read: %2").arg(path, file.errorString())};
    }
    if (file.size() > maxBytes)
        return Error{tooLarge(path, file.size(), maxBytes)};
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return Error{tooLarge(path, bytes.size(), maxBytes)};
    return std::optional<QByteArray>(std::move(bytes));
}

Result<std::optional<QByteArray>> MemoryFeedSource::read(const QString &path, qint64 maxBytes) const
{
    const auto it = m_files.constFind(path);
    if (it == m_files.cend())
        return std::optional<QByteArray>();
    if (it->size() > maxBytes)
        return Error{tooLarge(path, it->size(), maxBytes)};
    return std::optional<QByteArray>(*it);
}

} // namespace kring::feed
