// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// The encrypted file a person moves their private notes with, from one phone to another, without a server
// (docs/discretion.md has the format). A passphrase becomes a key through Argon2id (crypto_pwhash) with a
// random salt; the notes are sealed with XChaCha20-Poly1305 (crypto_secretstream) in chunks, the last one
// tagged final, so a changed, shortened or lengthened file is refused. Deriving the key at SENSITIVE limits
// takes about a gigabyte of memory and seconds: call seal() and open() off the GUI thread.
namespace kring::NotesFile {

struct Note {
    QString groupId;
    QString body;
    QDateTime updatedAt; // UTC
    bool operator==(const Note &) const = default;
};

// The work and memory one derivation takes; written into the file.
struct Limits {
    quint64 operations;
    quint64 memoryBytes;
    bool operator==(const Limits &) const = default;
};

// libsodium's SENSITIVE limits (4 passes over 1 GiB): what the app uses, since the file can be copied and
// guessed at elsewhere for as long as it takes.
extern const Limits sensitiveLimits;
// The fewest characters a passphrase must have.
inline constexpr int minimumPassphraseLength = 8;

// The notes sealed under `passphrase`. Tests may pass lower limits; the app passes sensitiveLimits.
[[nodiscard]] Result<QByteArray> seal(const QList<Note> &notes, const QString &passphrase,
                                      const Limits &limits);
// The notes in `file`. A wrong passphrase, a file that was changed, cut short or is not a notes file is an
// error that says so; nothing is returned then.
[[nodiscard]] Result<QList<Note>> open(const QByteArray &file, const QString &passphrase);

} // namespace kring::NotesFile
