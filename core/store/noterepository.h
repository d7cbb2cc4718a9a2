// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "result.h"

#include <QDateTime>

namespace kring {

// The person's private note per group; never leaves the device.
class NoteRepository
{
public:
    explicit NoteRepository(Database &database)
        : m_database(database)
    {}

    // The note for `groupId`; empty when there is none.
    [[nodiscard]] Result<QString> note(const QString &groupId);
    // An empty text removes the note (the person cleared it).
    [[nodiscard]] Status setNote(const QString &groupId, const QString &text,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    Database &m_database;
};

} // namespace kring
