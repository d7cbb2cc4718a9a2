// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QDateTime>

// Times are stored as ISO 8601 UTC text with milliseconds; an invalid time is NULL.
namespace kring::StoredTime {

inline void bind(Statement &statement, int index, const QDateTime &time)
{
    if (time.isValid())
        statement.bind(index, time.toUTC().toString(Qt::ISODateWithMs));
    else
        statement.bindNull(index);
}

[[nodiscard]] inline QDateTime read(const Statement &statement, int column)
{
    if (statement.isNull(column))
        return {};
    return QDateTime::fromString(statement.text(column), Qt::ISODateWithMs);
}

} // namespace kring::StoredTime
