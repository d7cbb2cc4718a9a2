// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite in this process is SQLCipher and what it writes cannot be read without the key.
#include "store/encryptioncheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace kring;

class EncryptionCheckTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkedLibraryIsSQLCipher()
    {
        const QString version = EncryptionCheck::cipherVersion();
        QVERIFY2(!version.isEmpty(), "PRAGMA cipher_version is empty: the linked SQLite does not encrypt");
        QVERIFY(version.front().isDigit());
    }

    void newDatabaseIsEncryptedAndRemoved()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Status status = EncryptionCheck::verify(dir.path());
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // Independent of EncryptionCheck: a keyed database written through the linked library holds no plaintext.
    void keyedDatabaseFileHoldsNoPlaintext()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("probe.db")));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.constData(), &db), SQLITE_OK);
        const char *sql =
            "PRAGMA key = \"x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'\";"
            "CREATE TABLE groups(name TEXT);"
            "INSERT INTO groups VALUES('Verder na verlies van je partner');";
        QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_close(db), SQLITE_OK);

        QFile file(QFile::decodeName(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() >= 1024);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("Verder na verlies"));
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }

    void unwritableFolderGivesAClearMessage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("does/not/exist"));
        const Status status = EncryptionCheck::verify(missing);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QDir::toNativeSeparators(missing)), qPrintable(status.error()));
    }
};

QTEST_GUILESS_MAIN(EncryptionCheckTest)
#include "tst_encryptioncheck.moc"
