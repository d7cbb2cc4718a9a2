// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace kring {
namespace detail {

struct Connection {
    sqlite3 *db = nullptr;
    QString path;
    bool readOnly = false;
    StoreProblem lastProblem = StoreProblem::None;

    ~Connection() { sqlite3_close_v2(db); }

    Error fail(int code)
    {
        lastProblem = classify(code);
        if (readOnly && lastProblem == StoreProblem::ReadOnlyFolder)
            return Error{QCoreApplication::translate("Store",
                                                     "Kring's data in %1 is open read-only, so this change "
                                                     "is not saved.")
                             .arg(QDir::toNativeSeparators(path))};
        if (lastProblem != StoreProblem::Other)
            return Error{Database::describe(lastProblem, path)};
        return Error{QCoreApplication::translate("Store", "Kring's database reported a problem: %1")
                         .arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code)))};
    }

    static StoreProblem classify(int code)
    {
        switch (code & 0xff) {
        case SQLITE_NOTADB:
            return StoreProblem::CannotUnlock;
        case SQLITE_CORRUPT:
            return StoreProblem::Damaged;
        case SQLITE_FULL:
            return StoreProblem::DiskFull;
        case SQLITE_READONLY:
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
            return StoreProblem::ReadOnlyFolder;
        default:
            return StoreProblem::Other;
        }
    }
};

} // namespace detail

namespace {

// A setting SQLCipher or SQLite does not know is ignored silently, so each one is read back.
Status requireSetting(Database &database, const char *set, const char *get, qint64 expected)
{
    if (set) {
        if (const Status status = database.execute(set); !status)
            return status;
    }
    const Result<qint64> actual = database.queryInt(get);
    if (!actual)
        return Error{actual.error()};
    if (actual.value() != expected)
        return Error{QCoreApplication::translate("Store",
                                                 "The database library ignored the setting \"%1\". Kring "
                                                 "stops so that nothing is stored unsafely. Please reinstall "
                                                 "Kring.")
                         .arg(QString::fromLatin1(get))};
    return Done{};
}

} // namespace

// --- Statement

Statement::Statement(detail::Connection *connection, sqlite3_stmt *statement)
    : m_connection(connection)
    , m_statement(statement)
{}

Statement::Statement(Statement &&other) noexcept
    : m_connection(other.m_connection)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_bindError(other.m_bindError)
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_connection = other.m_connection;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_bindError = other.m_bindError;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (const int code = sqlite3_bind_int64(m_statement, index, value); code != SQLITE_OK)
        m_bindError = code;
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (const int code = sqlite3_bind_text64(m_statement, index, utf8.constData(), quint64(utf8.size()),
                                             SQLITE_TRANSIENT, SQLITE_UTF8);
        code != SQLITE_OK)
        m_bindError = code;
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes)
{
    // A blob of size 0 is still a blob, not NULL.
    const int code = bytes.isEmpty() ? sqlite3_bind_zeroblob(m_statement, index, 0)
                                     : sqlite3_bind_blob64(m_statement, index, bytes.constData(),
                                                           quint64(bytes.size()), SQLITE_TRANSIENT);
    if (code != SQLITE_OK)
        m_bindError = code;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (const int code = sqlite3_bind_null(m_statement, index); code != SQLITE_OK)
        m_bindError = code;
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK)
        return m_connection->fail(m_bindError);
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE) {
        m_connection->lastProblem = StoreProblem::None;
        return false;
    }
    return m_connection->fail(code);
}

Status Statement::run()
{
    for (;;) {
        const Result<bool> row = step();
        if (!row)
            return Error{row.error()};
        if (!row.value())
            return Done{};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindError = SQLITE_OK;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

// --- Database

Database::Database(std::unique_ptr<detail::Connection> connection)
    : m_connection(std::move(connection))
{}

Database::Database(Database &&other) noexcept = default;
Database &Database::operator=(Database &&other) noexcept = default;
Database::~Database() = default;

Result<Database> Database::open(const QString &path, const DatabaseKey &key, Mode mode, StoreProblem *problem)
{
    StoreProblem ignored = StoreProblem::None;
    StoreProblem &reported = problem ? *problem : ignored;
    reported = StoreProblem::Other;
    Result<Database> opened = openChecked(path, key, mode, reported);
    if (opened)
        reported = StoreProblem::None;
    return opened;
}

Result<Database> Database::openChecked(const QString &path, const DatabaseKey &key, Mode mode,
                                       StoreProblem &problem)
{
    auto connection = std::make_unique<detail::Connection>();
    connection->path = path;
    connection->readOnly = mode == Mode::ReadOnly;
    const int flags =
        mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    // SQLite would create the file readable by everyone (0644 less the umask); its journals take the mode of
    // the database file, so a database that starts as 0600 keeps them 0600 too.
    if (mode == Mode::ReadWrite && !QFileInfo::exists(path))
        DataFolder::createPrivateFile(path);
    if (const int code =
            sqlite3_open_v2(QFile::encodeName(path).constData(), &connection->db, flags, nullptr);
        code != SQLITE_OK) {
        const Error error = connection->fail(code);
        problem = connection->lastProblem;
        return error;
    }
    sqlite3_busy_timeout(connection->db, 5000);

    Database database(std::move(connection));
    const int keyed =
        sqlite3_exec(database.m_connection->db, key.keyPragma().constData(), nullptr, nullptr, nullptr);
    const auto failed = [&database, &problem](const QString &message) {
        problem = database.m_connection->lastProblem == StoreProblem::None
                      ? StoreProblem::Other
                      : database.m_connection->lastProblem;
        return Error{message};
    };
    if (keyed != SQLITE_OK)
        return failed(database.m_connection->fail(keyed).message);

    // Cipher settings come before the first read; the first read proves that the key fits.
    if (Status s =
            requireSetting(database, "PRAGMA cipher_page_size = 4096;", "PRAGMA cipher_page_size;", 4096);
        !s)
        return failed(s.error());
    if (Status s = requireSetting(database, nullptr, "PRAGMA cipher_use_hmac;", 1); !s)
        return failed(s.error());
    if (const Result<qint64> tables = database.queryInt("SELECT count(*) FROM sqlite_master;"); !tables)
        return failed(tables.error());

    if (mode == Mode::ReadWrite) {
        const Result<QString> journal = database.queryText("PRAGMA journal_mode = WAL;");
        if (!journal)
            return failed(journal.error());
        if (journal.value() != u"wal")
            return failed(
                QCoreApplication::translate("Store", "The database library ignored the setting \"%1\". Kring "
                                                     "stops so that nothing is stored unsafely. Please "
                                                     "reinstall Kring.")
                    .arg(QStringLiteral("journal_mode")));
    }
    if (Status s = requireSetting(database, "PRAGMA synchronous = FULL;", "PRAGMA synchronous;", 2); !s)
        return failed(s.error());
    if (Status s = requireSetting(database, "PRAGMA temp_store = MEMORY;", "PRAGMA temp_store;", 2); !s)
        return failed(s.error());
    if (Status s = requireSetting(database, "PRAGMA foreign_keys = ON;", "PRAGMA foreign_keys;", 1); !s)
        return failed(s.error());
    return database;
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (const int code = sqlite3_prepare_v2(m_connection->db, sql, -1, &statement, nullptr);
        code != SQLITE_OK) {
        sqlite3_finalize(statement);
        return m_connection->fail(code);
    }
    return Statement(m_connection.get(), statement);
}

Result<QByteArray> Database::readBlob(const char *table, const char *column, qint64 rowId)
{
    sqlite3_blob *blob = nullptr;
    if (const int code = sqlite3_blob_open(m_connection->db, "main", table, column, rowId, 0, &blob);
        code != SQLITE_OK) {
        sqlite3_blob_close(blob);
        return m_connection->fail(code);
    }
    QByteArray bytes(sqlite3_blob_bytes(blob), Qt::Uninitialized);
    const int code = sqlite3_blob_read(blob, bytes.data(), int(bytes.size()), 0);
    sqlite3_blob_close(blob);
    if (code != SQLITE_OK)
        return m_connection->fail(code);
    return bytes;
}

Status Database::execute(const char *sql)
{
    if (const int code = sqlite3_exec(m_connection->db, sql, nullptr, nullptr, nullptr); code != SQLITE_OK)
        return m_connection->fail(code);
    m_connection->lastProblem = StoreProblem::None;
    return Done{};
}

Result<qint64> Database::queryInt(const char *sql)
{
    Result<Statement> statement = prepare(sql);
    if (!statement)
        return Error{statement.error()};
    const Result<bool> row = statement.value().step();
    if (!row)
        return Error{row.error()};
    return row.value() ? statement.value().int64(0) : 0;
}

Result<QString> Database::queryText(const char *sql)
{
    Result<Statement> statement = prepare(sql);
    if (!statement)
        return Error{statement.error()};
    const Result<bool> row = statement.value().step();
    if (!row)
        return Error{row.error()};
    return row.value() ? statement.value().text(0) : QString();
}

void Database::rollbackQuietly()
{
    // Keeps lastProblem: the failure that led to the rollback is what callers need to know.
    if (!sqlite3_get_autocommit(m_connection->db))
        sqlite3_exec(m_connection->db, "ROLLBACK;", nullptr, nullptr, nullptr);
}

QString Database::path() const
{
    return m_connection->path;
}

bool Database::isReadOnly() const
{
    return m_connection->readOnly;
}

StoreProblem Database::lastProblem() const
{
    return m_connection->lastProblem;
}

QString Database::describe(StoreProblem problem, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    switch (problem) {
    case StoreProblem::CannotUnlock:
        return QCoreApplication::translate(
                   "Store", "Kring cannot unlock its data in %1: the key does not fit. Nothing "
                            "was changed. Data copied from another device, or kept by a keyring "
                            "that was reset, cannot be opened here.")
            .arg(file);
    case StoreProblem::Damaged:
        return QCoreApplication::translate("Store", "Kring's data file %1 is damaged.").arg(file);
    case StoreProblem::DiskFull:
        return QCoreApplication::translate(
            "Store", "The disk is full, so Kring could not save. Free some space and try "
                     "again; what was saved before is not lost.");
    case StoreProblem::ReadOnlyFolder:
        return QCoreApplication::translate("Store",
                                           "Kring cannot write in its data folder %1. Check that the folder "
                                           "exists and is writable.")
            .arg(folder);
    case StoreProblem::NewerSchema:
        return QCoreApplication::translate("Store",
                                           "Kring's data in %1 was saved by a newer version of Kring. It is "
                                           "opened read-only, so nothing is changed; update Kring to make "
                                           "changes again.")
            .arg(file);
    case StoreProblem::None:
    case StoreProblem::Other:
        break;
    }
    return QCoreApplication::translate("Store", "Kring's database reported a problem with %1.").arg(file);
}

// --- Transaction

Transaction::Transaction(Database *database)
    : m_database(database)
{}

Transaction::Transaction(Transaction &&other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
{}

Transaction::~Transaction()
{
    if (m_database)
        m_database->rollbackQuietly();
}

Result<Transaction> Transaction::begin(Database &database)
{
    if (const Status status = database.execute("BEGIN IMMEDIATE;"); !status)
        return Error{status.error()};
    return Transaction(&database);
}

Status Transaction::commit()
{
    Database *database = std::exchange(m_database, nullptr);
    if (const Status status = database->execute("COMMIT;"); !status) {
        database->rollbackQuietly();
        return status;
    }
    return Done{};
}

} // namespace kring
