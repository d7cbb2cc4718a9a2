// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notesfile.h"
#include "result.h"
#include "store/database.h"

// Moving the private notes from one phone to another: what is exported, and how an import is taken in.
namespace kring::PrivateNotes {

// Every note in the store, for NotesFile::seal().
[[nodiscard]] Result<QList<NotesFile::Note>> all(Database &database);

struct Imported {
    int added = 0;    // notes of groups that had none here
    int replaced = 0; // notes that were older here than in the file
    int kept = 0;     // notes that were as new or newer here, left as they are
};

// Takes `notes` (from NotesFile::open()) into the store in one transaction: a group without a note here gets
// the file's; where both have one, the newer stays. Either all is taken or nothing changes.
[[nodiscard]] Result<Imported> import(Database &database, const QList<NotesFile::Note> &notes);

} // namespace kring::PrivateNotes
