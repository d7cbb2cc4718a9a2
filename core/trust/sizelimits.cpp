// SPDX-License-Identifier: GPL-3.0-or-later
#include "sizelimits.h"

#include <QCoreApplication>

namespace kring::trust {

QString tooLarge(const QString &path, qint64 size, qint64 maxBytes)
{
    return QCoreApplication::translate("Trust", "%1: %2 bytes is over the limit of %3 bytes; refused")
        .arg(path)
        .arg(size)
        .arg(maxBytes);
}

} // namespace kring::trust
