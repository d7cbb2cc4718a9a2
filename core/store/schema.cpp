// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include <QByteArray>

#include <array>

namespace kring::Schema {
namespace {

// Each step takes the database from the version before it to its own version. Never change a step that has
// shipped: add a new one. SQLite 3.15 (Debian's SQLCipher): no UPSERT, no RENAME COLUMN.
struct Step {
    int version;
    const char *sql;
};

constexpr std::array steps{
    Step{1, R"sql(
CREATE TABLE directory_snapshot (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    feed_version INTEGER NOT NULL,
    stored_at TEXT NOT NULL,
    directory BLOB NOT NULL
);
CREATE TABLE trust_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    root_version INTEGER NOT NULL,
    snapshot_version INTEGER NOT NULL,
    newest_issued TEXT
);
CREATE TABLE announcement_sequence (
    contact_key_id TEXT NOT NULL,
    group_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    PRIMARY KEY (contact_key_id, group_id)
);
CREATE TABLE follows (
    group_id TEXT PRIMARY KEY,
    followed_at TEXT NOT NULL
);
CREATE TABLE notes (
    group_id TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE contact_keys (
    id TEXT PRIMARY KEY,
    secret_key BLOB NOT NULL,
    certificate BLOB,
    created_at TEXT NOT NULL
);
)sql"},
    Step{2, R"sql(
ALTER TABLE follows ADD COLUMN last_seen TEXT;
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql"},
    Step{3, R"sql(
ALTER TABLE directory_snapshot ADD COLUMN compressed INTEGER NOT NULL DEFAULT 0;
CREATE TABLE catalog_index (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    built_for TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE catalog_groups (
    chunk INTEGER PRIMARY KEY,
    groups BLOB NOT NULL
);
)sql"},
    // One trust state (trust::TrustState as JSON), read back before every verification; the verified
    // announcements of the snapshot in use, kept with it.
    Step{4, R"sql(
CREATE TABLE trust (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    state BLOB NOT NULL
);
INSERT INTO trust (id, state)
    SELECT 1, CAST(value AS BLOB) FROM settings WHERE key = 'trust.verified_state';
DELETE FROM settings WHERE key = 'trust.verified_state';
DROP TABLE trust_state;
DROP TABLE announcement_sequence;
CREATE TABLE feed_announcements (
    position INTEGER PRIMARY KEY,
    envelope BLOB NOT NULL
);
)sql"},
    // The group a contact key was made for, and what its holder announced: the signed envelope, the fields
    // the history shows, whether the network's inbox has it, and which earlier one a withdrawal takes back.
    Step{5, R"sql(
ALTER TABLE contact_keys ADD COLUMN group_id TEXT NOT NULL DEFAULT '';
CREATE TABLE contact_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_key_id TEXT NOT NULL,
    group_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    kind TEXT NOT NULL,
    date TEXT,
    until TEXT,
    moved_to TEXT,
    venue TEXT,
    rrule TEXT,
    time TEXT,
    note TEXT,
    issued TEXT NOT NULL,
    expires TEXT NOT NULL,
    envelope BLOB NOT NULL,
    delivery TEXT NOT NULL DEFAULT 'waiting',
    attempts INTEGER NOT NULL DEFAULT 0,
    attempted_at TEXT,
    problem TEXT,
    withdraws_id INTEGER
);
)sql"},
    // What syncs changed for followed groups and the person has not seen yet (FollowedChangeRepository);
    // a group's rows go when its page is opened or it is unfollowed.
    Step{6, R"sql(
CREATE TABLE followed_changes (
    position INTEGER PRIMARY KEY,
    group_id TEXT NOT NULL,
    group_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    announcement BLOB,
    found_at TEXT NOT NULL
);
CREATE INDEX followed_changes_group ON followed_changes (group_id);
)sql"},
};

} // namespace

int latestVersion()
{
    return steps.back().version;
}

Result<int> version(Database &database)
{
    const Result<qint64> userVersion = database.queryInt("PRAGMA user_version;");
    if (!userVersion)
        return Error{userVersion.error()};
    return int(userVersion.value());
}

Status migrate(Database &database, int targetVersion)
{
    const Result<int> current = version(database);
    if (!current)
        return Error{current.error()};
    if (current.value() > targetVersion)
        return Error{Database::describe(StoreProblem::NewerSchema, database.path())};
    for (const Step &step : steps) {
        if (step.version <= current.value() || step.version > targetVersion)
            continue;
        Result<Transaction> transaction = Transaction::begin(database);
        if (!transaction)
            return Error{transaction.error()};
        if (const Status applied = database.execute(step.sql); !applied)
            return applied;
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(step.version) + ";";
        if (const Status set = database.execute(setVersion.constData()); !set)
            return set;
        if (const Status committed = transaction.value().commit(); !committed)
            return committed;
    }
    return Done{};
}

} // namespace kring::Schema
