// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfilevault.h"

#include "secretbytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kring {
namespace {

Error fileError(const QString &path)
{
    return Error{QCoreApplication::translate("KeyFileVault", "Kring cannot use its key file %1: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno)))};
}

// Writes `bytes` to a new file at `path`, readable by the user only from its first byte, and syncs it.
bool writeNewFile(const QByteArray &path, const QByteArray &bytes)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int saved = errno;
            ::close(fd);
            ::unlink(path.constData());
            errno = saved;
            return false;
        }
        written += n;
    }
    const bool synced = ::fsync(fd) == 0;
    return ::close(fd) == 0 && synced;
}

// Someone who could read the file may have a copy of the key: Kring does not use it, nor change it.
Error exposedError(const QString &path)
{
    return Error{QCoreApplication::translate(
                     "KeyFileVault",
                     "Other users of this device can open Kring's key file %1, so someone may have copied "
                     "it, and with it the key to Kring's data. Kring does not use the file until only you "
                     "can open it. If you are sure nobody copied it, run \"chmod 600 %1\" and start Kring "
                     "again. Nothing was changed.")
                     .arg(QDir::toNativeSeparators(path))};
}

// The key file open as `fd`, read into one buffer of its size (a wrapped key is some 120 bytes; a larger file
// is cut short, and its key is then reported as damaged), so that no copy of the key is left behind.
Result<std::optional<QByteArray>> readPrivateFile(int fd, const QString &path)
{
    constexpr qsizetype largestKeyFile = 4096;
    struct stat info {};
    if (::fstat(fd, &info) != 0)
        return fileError(path);
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return exposedError(path);
    SecretBytes bytes(qMin(qsizetype(info.st_size), largestKeyFile), Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + filled, size_t(bytes.size() - filled));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fileError(path);
        if (n == 0)
            break;
        filled += n;
    }
    bytes.truncate(filled);
    return std::optional<QByteArray>(std::move(bytes));
}

void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

KeyFileVault::KeyFileVault(const QString &dataDir)
    : m_path(keyFilePath(dataDir))
{}

QString KeyFileVault::keyFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("kring.key"));
}

bool KeyFileVault::exists() const
{
    return QFileInfo::exists(m_path);
}

Result<std::optional<QByteArray>> KeyFileVault::load()
{
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return std::optional<QByteArray>();
        return fileError(m_path);
    }
    Result<std::optional<QByteArray>> loaded = readPrivateFile(fd, m_path);
    ::close(fd);
    return loaded;
}

Status KeyFileVault::store(const QByteArray &secret)
{
    const QByteArray path = QFile::encodeName(m_path);
    if (!exists()) {
        if (!writeNewFile(path, secret))
            return fileError(m_path);
        syncFolder(QFileInfo(m_path).absolutePath());
        return Done{};
    }
    // Replacing (a PIN was set or removed): a complete new file takes the old one's place in one rename.
    const QByteArray next = path + ".new";
    ::unlink(next.constData()); // a half-written copy from an interrupted replacement; the key file is intact
    if (!writeNewFile(next, secret) || ::rename(next.constData(), path.constData()) != 0)
        return fileError(m_path);
    syncFolder(QFileInfo(m_path).absolutePath());
    return Done{};
}

Status KeyFileVault::remove()
{
    if (::unlink(QFile::encodeName(m_path).constData()) != 0 && errno != ENOENT)
        return fileError(m_path);
    return Done{};
}

QString KeyFileVault::warning() const
{
    return QCoreApplication::translate(
               "KeyFileVault", "No keyring answered, so the key to Kring's data is kept in the file %1, "
                               "readable only by you. Anyone who can read your files, or has a copy of "
                               "them, can also read Kring's data.")
        .arg(QDir::toNativeSeparators(m_path));
}

} // namespace kring
