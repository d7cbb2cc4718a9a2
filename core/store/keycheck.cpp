// SPDX-License-Identifier: GPL-3.0-or-later
#include "keycheck.h"

#include "datafolder.h"
#include "sodiuminit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

namespace kring::KeyCheck {
namespace {

constexpr QByteArrayView magic{"kring-keycheck/1\n"};
constexpr QByteArrayView label{"kring/store/key-check/v1"};
constexpr qsizetype macSize = 32;

QByteArray expected(const DatabaseKey &key)
{
    ensureSodium();
    QByteArray mac(macSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(mac.data()), size_t(mac.size()),
                       reinterpret_cast<const unsigned char *>(label.data()), size_t(label.size()),
                       key.data(), DatabaseKey::size);
    return magic.toByteArray() + mac;
}

} // namespace

QString path(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("kring.keycheck"));
}

Verdict check(const QString &dataDir, const DatabaseKey &key)
{
    QFile file(path(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return Verdict::Unknown;
    const QByteArray stored = file.read(magic.size() + macSize + 1);
    if (stored.size() != magic.size() + macSize || !stored.startsWith(magic))
        return Verdict::Unknown;
    const QByteArray mine = expected(key);
    return sodium_memcmp(stored.constData(), mine.constData(), size_t(mine.size())) == 0
               ? Verdict::Fits
               : Verdict::DoesNotFit;
}

bool write(const QString &dataDir, const DatabaseKey &key)
{
    const QString target = path(dataDir);
    // QSaveFile keeps the mode of the file it replaces: the first time, that is an empty 0600 file.
    if (!QFileInfo::exists(target))
        DataFolder::createPrivateFile(target);
    QSaveFile file(target);
    return file.open(QIODevice::WriteOnly) && file.write(expected(key)) == magic.size() + macSize &&
           file.commit();
}

} // namespace kring::KeyCheck
