// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "result.h"

#include <QDateTime>
#include <QList>

namespace kring {

// The person's private note per group; never leaves the device.
class NoteRepository
{
public:
    struct StoredNote {
        QString groupId;
        QString body;
        QDateTime updatedAt; // UTC
    };

    explicit NoteRepository(Database &database)
        : m_database(database)
    {}

    // The note for `groupId`; empty when there is none.
    [[nodiscard]] Result<QString> note(const QString &groupId);
    // An empty text removes the note (the person cleared it).
    [[nodiscard]] Status setNote(const QString &groupId, const QString &text,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Every note, by group id.
    [[nodiscard]] Result<QList<StoredNote>> all();
    // When `groupId`'s note was last changed; invalid when there is none.
    [[nodiscard]] Result<QDateTime> updatedAt(const QString &groupId);

private:
    Database &m_database;
};

} // namespace kring
