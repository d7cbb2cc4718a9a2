// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesfile.h"

#include "secretbytes.h"
#include "sodiuminit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sodium.h>

#include <array>

namespace kring::NotesFile {

const Limits sensitiveLimits{crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};

namespace {

// Layout: magic | opslimit (u64 BE) | memlimit (u64 BE) | salt | secretstream header | chunks, each a
// length (u32 BE) and that many bytes of secretstream message. The bytes up to and with the salt are the
// additional data of every chunk; the last chunk is tagged final and nothing may follow it.
constexpr QByteArrayView magic{"kring-notes/1\n"};
constexpr qsizetype saltSize = crypto_pwhash_SALTBYTES;
constexpr qsizetype prefixSize = magic.size() + 8 + 8 + saltSize;
constexpr qsizetype headerSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype chunkSize = 64 * 1024; // plain text per chunk
constexpr qsizetype maximumPlainSize = 16 * 1024 * 1024;
constexpr QLatin1StringView formatName{"kring-notes/1"};

struct StreamKey {
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> bytes{};
    ~StreamKey() { sodium_memzero(bytes.data(), bytes.size()); }
};

bool derive(StreamKey &out, const QString &passphrase, const unsigned char *salt, const Limits &limits)
{
    const SecretBytes utf8 = passphrase.toUtf8();
    return crypto_pwhash(out.bytes.data(), out.bytes.size(), utf8.constData(), quint64(utf8.size()), salt,
                         limits.operations, size_t(limits.memoryBytes), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

Error notANotesFile()
{
    return Error{QCoreApplication::translate("NotesFile", "This is not a file of notes exported by Kring.")};
}

Error changedFile()
{
    return Error{QCoreApplication::translate(
        "NotesFile", "This file is incomplete or was changed after it was made, so Kring does not read it. "
                     "Nothing was imported.")};
}

Error noMemory()
{
    return Error{QCoreApplication::translate(
        "NotesFile", "There is not enough memory to protect the notes with the passphrase. Close other "
                     "apps and try again.")};
}

SecretBytes serialize(const QList<Note> &notes)
{
    QJsonArray array;
    for (const Note &note : notes)
        array.append(
            QJsonObject{{QStringLiteral("group"), note.groupId},
                        {QStringLiteral("body"), note.body},
                        {QStringLiteral("updated"), note.updatedAt.toUTC().toString(Qt::ISODateWithMs)}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), formatName}, {QStringLiteral("notes"), array}})
        .toJson(QJsonDocument::Compact);
}

std::optional<QList<Note>> parse(const QByteArray &plain)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(plain, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() ||
        document.object().value(QStringLiteral("format")).toString() != formatName ||
        !document.object().value(QStringLiteral("notes")).isArray())
        return std::nullopt;
    QList<Note> notes;
    for (const QJsonValue &value : document.object().value(QStringLiteral("notes")).toArray()) {
        const QJsonObject object = value.toObject();
        Note note{
            object.value(QStringLiteral("group")).toString(), object.value(QStringLiteral("body")).toString(),
            QDateTime::fromString(object.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs)};
        if (note.groupId.isEmpty() || note.body.isEmpty() || !note.updatedAt.isValid())
            return std::nullopt;
        notes.append(std::move(note));
    }
    return notes;
}

bool areAcceptable(const Limits &limits)
{
    return limits.operations >= crypto_pwhash_OPSLIMIT_MIN &&
           limits.operations <= crypto_pwhash_OPSLIMIT_SENSITIVE &&
           limits.memoryBytes >= crypto_pwhash_MEMLIMIT_MIN &&
           limits.memoryBytes <= crypto_pwhash_MEMLIMIT_SENSITIVE;
}

} // namespace

Result<QByteArray> seal(const QList<Note> &notes, const QString &passphrase, const Limits &limits)
{
    ensureSodium();
    if (passphrase.size() < minimumPassphraseLength)
        return Error{QCoreApplication::translate(
            "NotesFile", "Choose a passphrase of at least %n characters.", nullptr, minimumPassphraseLength)};
    if (!areAcceptable(limits))
        return noMemory();
    const SecretBytes plain = serialize(notes);
    if (plain.size() > maximumPlainSize)
        return Error{QCoreApplication::translate("NotesFile", "The notes are too large to export.")};

    QByteArray file;
    file.reserve(prefixSize + headerSize + plain.size() +
                 (plain.size() / chunkSize + 1) * (4 + crypto_secretstream_xchacha20poly1305_ABYTES));
    file.append(magic.data(), magic.size());
    std::array<unsigned char, 16> limitBytes{};
    qToBigEndian(limits.operations, limitBytes.data());
    qToBigEndian(limits.memoryBytes, limitBytes.data() + 8);
    file.append(reinterpret_cast<const char *>(limitBytes.data()), limitBytes.size());
    std::array<unsigned char, saltSize> salt{};
    randombytes_buf(salt.data(), salt.size());
    file.append(reinterpret_cast<const char *>(salt.data()), salt.size());

    StreamKey key;
    if (!derive(key, passphrase, salt.data(), limits))
        return noMemory();
    crypto_secretstream_xchacha20poly1305_state state;
    std::array<unsigned char, headerSize> header{};
    crypto_secretstream_xchacha20poly1305_init_push(&state, header.data(), key.bytes.data());
    file.append(reinterpret_cast<const char *>(header.data()), header.size());

    const QByteArray additional = file.first(prefixSize);
    qsizetype offset = 0;
    do {
        const qsizetype length = std::min(chunkSize, plain.size() - offset);
        const bool last = offset + length >= plain.size();
        const qsizetype sealedLength = length + crypto_secretstream_xchacha20poly1305_ABYTES;
        std::array<unsigned char, 4> lengthBytes{};
        qToBigEndian(quint32(sealedLength), lengthBytes.data());
        file.append(reinterpret_cast<const char *>(lengthBytes.data()), lengthBytes.size());
        const qsizetype at = file.size();
        file.resize(at + sealedLength);
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(file.data() + at), nullptr,
            reinterpret_cast<const unsigned char *>(plain.constData() + offset), quint64(length),
            reinterpret_cast<const unsigned char *>(additional.constData()), quint64(additional.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        offset += length;
    } while (offset < plain.size());
    sodium_memzero(&state, sizeof state);
    return file;
}

Result<QList<Note>> open(const QByteArray &file, const QString &passphrase)
{
    ensureSodium();
    if (!file.startsWith(magic))
        return notANotesFile();
    if (file.size() < prefixSize + headerSize)
        return changedFile();
    const auto *bytes = reinterpret_cast<const unsigned char *>(file.constData());
    const Limits limits{qFromBigEndian<quint64>(bytes + magic.size()),
                        qFromBigEndian<quint64>(bytes + magic.size() + 8)};
    if (!areAcceptable(limits))
        return changedFile();
    StreamKey key;
    if (!derive(key, passphrase, bytes + magic.size() + 16, limits))
        return noMemory();
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes + prefixSize, key.bytes.data()) != 0)
        return changedFile();

    SecretBytes plain;
    qsizetype offset = prefixSize + headerSize;
    bool final = false;
    bool first = true;
    while (!final) {
        if (file.size() - offset < 4)
            return changedFile();
        const qsizetype sealedLength = qFromBigEndian<quint32>(bytes + offset);
        offset += 4;
        if (sealedLength < crypto_secretstream_xchacha20poly1305_ABYTES ||
            sealedLength > chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES ||
            file.size() - offset < sealedLength)
            return changedFile();
        const qsizetype at = plain.size();
        if (at + sealedLength > maximumPlainSize)
            return changedFile();
        plain.resize(at + sealedLength - crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data() + at), nullptr, &tag, bytes + offset,
                quint64(sealedLength), bytes, quint64(prefixSize)) != 0) {
            // The first chunk is where a wrong passphrase shows; it cannot be told apart from a change there.
            if (first)
                return Error{QCoreApplication::translate(
                    "NotesFile",
                    "The passphrase is not right, or the file was changed. Nothing was imported.")};
            return changedFile();
        }
        first = false;
        offset += sealedLength;
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    sodium_memzero(&state, sizeof state);
    if (offset != file.size())
        return changedFile();
    std::optional<QList<Note>> notes = parse(plain);
    if (!notes)
        return changedFile();
    return *std::move(notes);
}

} // namespace kring::NotesFile
