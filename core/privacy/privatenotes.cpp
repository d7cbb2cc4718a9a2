// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatenotes.h"

#include "store/noterepository.h"

namespace kring::PrivateNotes {

Result<QList<NotesFile::Note>> all(Database &database)
{
    const Result<QList<NoteRepository::StoredNote>> stored = NoteRepository(database).all();
    if (!stored)
        return Error{stored.error()};
    QList<NotesFile::Note> notes;
    for (const NoteRepository::StoredNote &note : stored.value())
        notes.append({note.groupId, note.body, note.updatedAt});
    return notes;
}

Result<Imported> import(Database &database, const QList<NotesFile::Note> &notes)
{
    Result<Transaction> transaction = Transaction::begin(database);
    if (!transaction)
        return Error{transaction.error()};
    NoteRepository repository(database);
    Imported imported;
    for (const NotesFile::Note &note : notes) {
        const Result<QDateTime> here = repository.updatedAt(note.groupId);
        if (!here)
            return Error{here.error()};
        if (here.value().isValid() && here.value() >= note.updatedAt) {
            ++imported.kept;
            continue;
        }
        if (const Status stored = repository.setNote(note.groupId, note.body, note.updatedAt); !stored)
            return Error{stored.error()};
        ++(here.value().isValid() ? imported.replaced : imported.added);
    }
    if (const Status committed = transaction.value().commit(); !committed)
        return Error{committed.error()};
    return imported;
}

} // namespace kring::PrivateNotes
