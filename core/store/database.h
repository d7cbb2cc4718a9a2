// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databasekey.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace kring {

// What went wrong with the database, for code that must react (set a damaged file aside, open read-only).
// The message for people is in the Error.
enum class StoreProblem { None, CannotUnlock, Damaged, DiskFull, ReadOnlyFolder, NewerSchema, Other };

namespace detail {
struct Connection;
}

// A prepared statement. Bind parameters are 1-based, columns 0-based (as in SQLite).
class Statement
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &text);
    Statement &bindBlob(int index, const QByteArray &bytes);
    Statement &bindNull(int index);

    // Runs one step: true when a row is there to read, false when the statement is done.
    [[nodiscard]] Result<bool> step();
    // Steps to the end, for statements that return no rows.
    [[nodiscard]] Status run();
    // Clears the bindings and starts again, to run the statement once more.
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;

private:
    friend class Database;
    Statement(detail::Connection *connection, sqlite3_stmt *statement);

    detail::Connection *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_bindError = 0;
};

// One open SQLCipher database. Opening sets the raw key, checks that it fits, and sets and reads back every
// setting that durability and secrecy depend on (WAL, synchronous=FULL, temp_store=MEMORY, foreign keys).
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // On failure, `problem` (when given) says what kind of failure it was.
    [[nodiscard]] static Result<Database> open(const QString &path, const DatabaseKey &key,
                                               Mode mode = Mode::ReadWrite, StoreProblem *problem = nullptr);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    ~Database();

    // The blob in `column` of row `rowId` of `table`, read straight into one buffer (for large blobs).
    [[nodiscard]] Result<QByteArray> readBlob(const char *table, const char *column, qint64 rowId);
    [[nodiscard]] Result<Statement> prepare(const char *sql);
    // Runs SQL that returns no rows (one or more statements).
    [[nodiscard]] Status execute(const char *sql);
    // The first column of the first row of `sql` (for PRAGMAs and counts); 0 or empty when there is no row.
    [[nodiscard]] Result<qint64> queryInt(const char *sql);
    [[nodiscard]] Result<QString> queryText(const char *sql);

    [[nodiscard]] QString path() const;
    [[nodiscard]] bool isReadOnly() const;
    // What kind of failure the last error was; None after success.
    [[nodiscard]] StoreProblem lastProblem() const;
    // The message a person reads for `problem` with this database (used by callers that detect problems).
    [[nodiscard]] static QString describe(StoreProblem problem, const QString &path);

private:
    friend class Transaction;
    explicit Database(std::unique_ptr<detail::Connection> connection);
    void rollbackQuietly();
    static Result<Database> openChecked(const QString &path, const DatabaseKey &key, Mode mode,
                                        StoreProblem &problem);

    std::unique_ptr<detail::Connection> m_connection;
};

// A write transaction (BEGIN IMMEDIATE). Rolled back when it goes out of scope without commit().
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction> begin(Database &database);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    [[nodiscard]] Status commit();

private:
    explicit Transaction(Database *database);
    Database *m_database = nullptr;
};

} // namespace kring
