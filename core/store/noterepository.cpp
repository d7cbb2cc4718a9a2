// SPDX-License-Identifier: GPL-3.0-or-later
#include "noterepository.h"

#include "storedtime.h"

namespace kring {

Result<QString> NoteRepository::note(const QString &groupId)
{
    Result<Statement> query = m_database.prepare("SELECT body FROM notes WHERE group_id = ?;");
    if (!query)
        return Error{query.error()};
    query.value().bind(1, groupId);
    const Result<bool> row = query.value().step();
    if (!row)
        return Error{row.error()};
    return row.value() ? query.value().text(0) : QString();
}

Status NoteRepository::setNote(const QString &groupId, const QString &text, const QDateTime &now)
{
    Result<Statement> statement =
        text.isEmpty() ? m_database.prepare("DELETE FROM notes WHERE group_id = ?;")
                       : m_database.prepare("INSERT OR REPLACE INTO notes (group_id, body, updated_at) "
                                            "VALUES (?, ?, ?);");
    if (!statement)
        return Error{statement.error()};
    statement.value().bind(1, groupId);
    if (!text.isEmpty()) {
        statement.value().bind(2, text);
        StoredTime::bind(statement.value(), 3, now);
    }
    return statement.value().run();
}

Result<QList<NoteRepository::StoredNote>> NoteRepository::all()
{
    Result<Statement> query =
        m_database.prepare("SELECT group_id, body, updated_at FROM notes ORDER BY group_id;");
    if (!query)
        return Error{query.error()};
    QList<StoredNote> notes;
    for (;;) {
        const Result<bool> row = query.value().step();
        if (!row)
            return Error{row.error()};
        if (!row.value())
            return notes;
        notes.append({query.value().text(0), query.value().text(1), StoredTime::read(query.value(), 2)});
    }
}

Result<QDateTime> NoteRepository::updatedAt(const QString &groupId)
{
    Result<Statement> query = m_database.prepare("SELECT updated_at FROM notes WHERE group_id = ?;");
    if (!query)
        return Error{query.error()};
    query.value().bind(1, groupId);
    const Result<bool> row = query.value().step();
    if (!row)
        return Error{row.error()};
    return row.value() ? StoredTime::read(query.value(), 0) : QDateTime();
}

} // namespace kring
