// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trust/truststate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <sys/stat.h>
#include <unistd.h>

#include <functional>

namespace StoreTesting {

// SHA-256 of a file's bytes: equal before and after means the file was not changed.
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// `size` bytes that do not compress (the store compresses the directory), the same for the same seed.
inline QByteArray incompressibleBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size / 4 * 4, Qt::Uninitialized);
    QRandomGenerator(seed).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes;
}

// Runs `body` with `dir` made read-only. Root ignores file modes, so as root the body runs with the
// effective user of nobody, who owns nothing in `dir`.
inline void withReadOnlyFolder(const QString &dir, const std::function<void()> &body)
{
    const QByteArray path = QFile::encodeName(dir);
    ::chmod(path.constData(), 0555);
    const bool root = ::geteuid() == 0;
    if (root && ::seteuid(65534) != 0)
        qFatal("cannot drop privileges to test a read-only folder");
    body();
    if (root && ::seteuid(0) != 0)
        qFatal("cannot regain privileges after the read-only folder test");
    ::chmod(path.constData(), 0755);
}

// The permission bits of `path` (0 when it cannot be read).
inline mode_t modeOf(const QString &path)
{
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

// A trust state that only records versions, for storage tests that need no feed.
inline kring::trust::TrustState trustedVersions(int root, qint64 snapshot, const QDateTime &issued = {})
{
    kring::trust::TrustState state;
    state.rootVersion = root;
    state.snapshotVersion = snapshot;
    state.newestIssued = issued;
    return state;
}

} // namespace StoreTesting
