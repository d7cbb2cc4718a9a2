// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLCipher wrapper: keyed open with every setting in force, statements, transactions, and a clear
// message for each way the database can fail, leaving the file as it was.
#include "store/database.h"
#include "storetesting.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kring;

namespace {

const DatabaseKey &testKey()
{
    static const DatabaseKey key = DatabaseKey::generate();
    return key;
}

Database openOrFail(const QString &path, const DatabaseKey &key = testKey())
{
    Result<Database> database = Database::open(path, key);
    if (!database)
        qFatal("open failed: %s", qPrintable(database.error()));
    return std::move(database).value();
}

// A database with a table of `rows` rows of some kilobytes each, closed again.
void writeRows(const QString &path, int rows)
{
    Database database = openOrFail(path);
    QVERIFY(database.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, body TEXT NOT NULL);").ok());
    Result<Statement> insert = database.prepare("INSERT INTO items (body) VALUES (?);");
    QVERIFY(insert.ok());
    for (int i = 0; i < rows; ++i) {
        insert.value().reset();
        insert.value().bind(1, QStringLiteral("Verder na verlies %1 ").arg(i).repeated(100));
        QVERIFY(insert.value().run().ok());
    }
}

} // namespace

class DatabaseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsAreInForce_data()
    {
        QTest::addColumn<QByteArray>("pragma");
        QTest::addColumn<QString>("expected");
        QTest::newRow("journal_mode") << QByteArray("PRAGMA journal_mode;") << QStringLiteral("wal");
        QTest::newRow("synchronous FULL") << QByteArray("PRAGMA synchronous;") << QStringLiteral("2");
        QTest::newRow("temp_store MEMORY") << QByteArray("PRAGMA temp_store;") << QStringLiteral("2");
        QTest::newRow("foreign_keys") << QByteArray("PRAGMA foreign_keys;") << QStringLiteral("1");
        QTest::newRow("cipher_page_size") << QByteArray("PRAGMA cipher_page_size;") << QStringLiteral("4096");
        QTest::newRow("cipher_use_hmac") << QByteArray("PRAGMA cipher_use_hmac;") << QStringLiteral("1");
    }

    void settingsAreInForce()
    {
        QFETCH(QByteArray, pragma);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        Database database = openOrFail(dir.filePath(QStringLiteral("kring.db")));
        const Result<QString> actual = database.queryText(pragma.constData());
        QVERIFY2(actual.ok(), qPrintable(actual.ok() ? QString() : actual.error()));
        QCOMPARE(actual.value(), expected);
    }

    void statementsBindAndReadEveryType()
    {
        QTemporaryDir dir;
        Database database = openOrFail(dir.filePath(QStringLiteral("kring.db")));
        QVERIFY(database.execute("CREATE TABLE t (i INTEGER, s TEXT, b BLOB, n TEXT);").ok());
        Result<Statement> insert = database.prepare("INSERT INTO t VALUES (?, ?, ?, ?);");
        QVERIFY(insert.ok());
        const QByteArray blob("\x00\x01\xff binary", 10);
        insert.value()
            .bind(1, qint64(1) << 40)
            .bind(2, QStringLiteral("één ✓"))
            .bindBlob(3, blob)
            .bindNull(4);
        QVERIFY(insert.value().run().ok());

        Result<Statement> select = database.prepare("SELECT i, s, b, n FROM t;");
        QVERIFY(select.ok());
        const Result<bool> row = select.value().step();
        QVERIFY(row.ok() && row.value());
        QCOMPARE(select.value().int64(0), qint64(1) << 40);
        QCOMPARE(select.value().text(1), QStringLiteral("één ✓"));
        QCOMPARE(select.value().blob(2), blob);
        QVERIFY(select.value().isNull(3));
        const Result<bool> end = select.value().step();
        QVERIFY(end.ok() && !end.value());
    }

    void transactionWithoutCommitIsRolledBack()
    {
        QTemporaryDir dir;
        Database database = openOrFail(dir.filePath(QStringLiteral("kring.db")));
        QVERIFY(database.execute("CREATE TABLE t (v INTEGER);").ok());
        {
            Result<Transaction> transaction = Transaction::begin(database);
            QVERIFY(transaction.ok());
            QVERIFY(database.execute("INSERT INTO t VALUES (1);").ok());
        }
        QCOMPARE(database.queryInt("SELECT count(*) FROM t;").value(), 0);
        {
            Result<Transaction> transaction = Transaction::begin(database);
            QVERIFY(database.execute("INSERT INTO t VALUES (2);").ok());
            QVERIFY(transaction.value().commit().ok());
        }
        QCOMPARE(database.queryInt("SELECT count(*) FROM t;").value(), 1);
    }

    void fileHoldsNoPlaintext()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kring.db"));
        writeRows(path, 20);
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile file(QDir(dir.path()).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains("SQLite format 3"), qPrintable(name));
            QVERIFY2(!bytes.contains("Verder na verlies"), qPrintable(name));
        }
    }

    void wrongKeyIsRefusedAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kring.db"));
        writeRows(path, 5);
        const QByteArray before = StoreTesting::fileHash(path);
        StoreProblem problem = StoreProblem::None;
        const Result<Database> wrong =
            Database::open(path, DatabaseKey::generate(), Database::Mode::ReadWrite, &problem);
        QVERIFY(!wrong.ok());
        QCOMPARE(problem, StoreProblem::CannotUnlock);
        QVERIFY2(wrong.error().contains(QStringLiteral("cannot unlock")), qPrintable(wrong.error()));
        QCOMPARE(StoreTesting::fileHash(path), before);
        QVERIFY(Database::open(path, testKey()).ok());
    }

    void damagedFileIsReportedAsDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kring.db"));
        writeRows(path, 200);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 40 * 4096);
            file.seek(30 * 4096 + 100);
            file.write(QByteArray(64, 'x'));
        }
        Result<Database> opened = Database::open(path, testKey());
        QVERIFY2(opened.ok(), "page 1 is intact, so the key still fits");
        const Result<qint64> read = opened.value().queryInt("SELECT sum(length(body)) FROM items;");
        QVERIFY(!read.ok());
        QCOMPARE(opened.value().lastProblem(), StoreProblem::Damaged);
        QVERIFY2(read.error().contains(QStringLiteral("damaged")), qPrintable(read.error()));
    }

    void fullDiskGivesItsMessageAndKeepsWhatWasSaved()
    {
        QTemporaryDir dir;
        Database database = openOrFail(dir.filePath(QStringLiteral("kring.db")));
        QVERIFY(database.execute("CREATE TABLE t (v TEXT);").ok());
        QVERIFY(database.execute("INSERT INTO t VALUES ('kept');").ok());
        const qint64 pages = database.queryInt("PRAGMA page_count;").value();
        QVERIFY(
            database
                .execute(QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages) + ";").constData())
                .ok());
        Result<Statement> insert = database.prepare("INSERT INTO t VALUES (?);");
        insert.value().bind(1, QString(100000, QLatin1Char('x')));
        const Status full = insert.value().run();
        QVERIFY(!full.ok());
        QCOMPARE(database.lastProblem(), StoreProblem::DiskFull);
        QVERIFY2(full.error().contains(QStringLiteral("disk is full")), qPrintable(full.error()));
        QCOMPARE(database.queryText("SELECT group_concat(v) FROM t;").value(), QStringLiteral("kept"));
    }

    void readOnlyFolderGivesItsMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kring.db"));
        writeRows(path, 1);
        const QByteArray before = StoreTesting::fileHash(path);
        StoreProblem problem = StoreProblem::None;
        QString message;
        StoreTesting::withReadOnlyFolder(dir.path(), [&] {
            const Result<Database> opened =
                Database::open(path, testKey(), Database::Mode::ReadWrite, &problem);
            message = opened.ok() ? QString() : opened.error();
        });
        QCOMPARE(problem, StoreProblem::ReadOnlyFolder);
        QVERIFY2(message.contains(QStringLiteral("cannot write in its data folder")), qPrintable(message));
        QCOMPARE(StoreTesting::fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_database.moc"
