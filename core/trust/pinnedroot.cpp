// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinnedroot.h"

#include "sizelimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace kring::trust {

Result<PinnedRoot> readPinnedRoot(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{QCoreApplication::translate("Trust", "%1: no such file").arg(path)};
    if (!info.isFile())
        return Error{QCoreApplication::translate("Trust", "%1: not a regular file, so not a root").arg(path)};
    if (info.size() == 0 || info.size() > maxRootBytes)
        return Error{QCoreApplication::translate("Trust", "%1: %2 bytes is not the size of a root (1 byte to "
                                                          "%3 bytes)")
                         .arg(path)
                         .arg(info.size())
                         .arg(maxRootBytes)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QCoreApplication::translate("Trust", "%1: cannot read: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.read(maxRootBytes + 1);
    auto root = verifyPinnedRoot(bytes, info.fileName());
    if (!root)
        return Error{QCoreApplication::translate("Trust", "%1 is not a root this app can pin: %2")
                         .arg(path, root.error())};
    return PinnedRoot{bytes, root.value()};
}

} // namespace kring::trust
