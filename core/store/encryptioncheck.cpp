// SPDX-License-Identifier: GPL-3.0-or-later
#include "encryptioncheck.h"

#include "databasekey.h"
#include "sodiuminit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <memory>

namespace kring::EncryptionCheck {
namespace {

struct CloseDatabase {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using DatabaseHandle = std::unique_ptr<sqlite3, CloseDatabase>;

QString firstColumn(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    QString result;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        if (const auto *text = sqlite3_column_text(statement, 0))
            result = QString::fromUtf8(reinterpret_cast<const char *>(text));
    }
    sqlite3_finalize(statement);
    return result;
}

DatabaseHandle openMemory()
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    return DatabaseHandle(db);
}

} // namespace

QString cipherVersion()
{
    const DatabaseHandle db = openMemory();
    return db ? firstColumn(db.get(), "PRAGMA cipher_version;") : QString();
}

Status verify(const QString &scratchDirectory)
{
    if (cipherVersion().isEmpty())
        return Error{QCoreApplication::translate(
            "EncryptionCheck",
            "The database library does not encrypt (no SQLCipher). Kring will not store anything "
            "unencrypted and stops here. Please reinstall Kring.")};
    if (!sodiumReady())
        return Error{QCoreApplication::translate(
            "EncryptionCheck", "The cryptography library could not start. Please reinstall Kring.")};

    QTemporaryFile scratch(QDir(scratchDirectory).filePath(QStringLiteral("encryption-check-XXXXXX.db")));
    if (!scratch.open())
        return Error{
            QCoreApplication::translate(
                "EncryptionCheck",
                "Kring cannot write in its data folder %1. Check that the disk is not full and that the "
                "folder is writable.")
                .arg(QDir::toNativeSeparators(scratchDirectory))};
    const QByteArray path = QFile::encodeName(scratch.fileName());
    scratch.close();

    const SecretBytes keyPragma = DatabaseKey::generate().keyPragma();

    sqlite3 *raw = nullptr;
    const int opened =
        sqlite3_open_v2(path.constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    DatabaseHandle db(raw);
    const bool written =
        opened == SQLITE_OK &&
        sqlite3_exec(db.get(), keyPragma.constData(), nullptr, nullptr, nullptr) == SQLITE_OK &&
        sqlite3_exec(db.get(), "CREATE TABLE probe(text); INSERT INTO probe VALUES('SQLite format 3 probe');",
                     nullptr, nullptr, nullptr) == SQLITE_OK;
    db.reset();
    if (!written)
        return Error{
            QCoreApplication::translate(
                "EncryptionCheck",
                "Kring could not create its encrypted database in %1. Check that the disk is not full.")
                .arg(QDir::toNativeSeparators(scratchDirectory))};

    QFile file(scratch.fileName());
    const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(16) : QByteArray();
    const QByteArray contents = header + file.readAll();
    if (header.size() < 16 || header.startsWith("SQLite format 3") || contents.contains("probe"))
        return Error{QCoreApplication::translate(
            "EncryptionCheck",
            "The database library wrote readable data instead of encrypted data. Kring stops so that "
            "nothing is stored unencrypted. Please reinstall Kring.")};
    return Done{};
}

} // namespace kring::EncryptionCheck
