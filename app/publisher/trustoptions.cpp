// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustoptions.h"

#include <QFile>
#include <QTimeZone>

#include <cstdio>

using namespace kring;
using namespace kring::trust;

bool usable(CommandLine &line, std::initializer_list<const char *> required)
{
    if (line.require(required) && line.requireNoPositional())
        return true;
    line.usageError();
    return false;
}

std::optional<QDateTime> nowOption(const CommandLine &line)
{
    if (!line.has("now"))
        return QDateTime::currentDateTimeUtc();
    QDateTime time = QDateTime::fromString(line.value("now"), Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(line.value("now"), Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    } else if (time.timeSpec() == Qt::LocalTime) {
        time = QDateTime(time.date(), time.time(), QTimeZone::utc());
    }
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

std::optional<int> numberOption(const CommandLine &line, const char *name, int fallback, int minimum,
                                int maximum)
{
    if (!line.has(name))
        return fallback;
    bool ok = false;
    const int result = line.value(name).toInt(&ok);
    if (!ok || result < minimum || result > maximum)
        return std::nullopt;
    return result;
}

kring::Result<QByteArray> readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())};
    if (file.size() > maxBytes)
        return Error{QStringLiteral("%1: %2 bytes is over the limit of %3 bytes")
                         .arg(path)
                         .arg(file.size())
                         .arg(maxBytes)};
    return file.readAll();
}

void printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}

Result<KeyDirectory> openRootKeys(const QString &path)
{
    auto keys = KeyDirectory::open(path);
    if (!keys)
        return keys;
    if (const Status root = keys.value().requireRootKeys(); !root)
        return Error{root.error()};
    return keys;
}
