// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "trust/sizelimits.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace kring::feed {

// Where the feed files come from: a web root on disk (kring-publisher verify) or bytes fetched by the app.
// Paths are relative to /feed/: "snapshot.json", "root/2.json".
class FeedSource
{
public:
    virtual ~FeedSource() = default;
    // The file's bytes; std::nullopt when it does not exist; an error when it is over `maxBytes` (checked
    // before reading) or cannot be read.
    [[nodiscard]] virtual Result<std::optional<QByteArray>> read(const QString &path,
                                                                 qint64 maxBytes) const = 0;
};

class DirectoryFeedSource : public FeedSource
{
public:
    explicit DirectoryFeedSource(QString feedDirectory)
        : m_directory(std::move(feedDirectory))
    {}
    [[nodiscard]] Result<std::optional<QByteArray>> read(const QString &path, qint64 maxBytes) const override;

private:
    QString m_directory;
};

class MemoryFeedSource : public FeedSource
{
public:
    explicit MemoryFeedSource(QHash<QString, QByteArray> files)
        : m_files(std::move(files))
    {}
    [[nodiscard]] Result<std::optional<QByteArray>> read(const QString &path, qint64 maxBytes) const override;

private:
    QHash<QString, QByteArray> m_files;
};

using trust::tooLarge;

} // namespace kring::feed
