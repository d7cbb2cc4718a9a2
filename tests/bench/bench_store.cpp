// SPDX-License-Identifier: GPL-3.0-or-later
// The store: opening with the raw key against opening with a passphrase (PBKDF2, SQLCipher's default), in
// the same run; importing a 100,000-meeting directory snapshot; and unlocking with the app PIN at the limits
// new PINs get, the old ones and libsodium's strongest. Budgets: raw-key open at most 1/4 of the passphrase
// open; the 100k import within 3 s; a PIN unlock within 2 s.
#include "directory/directoryjson.h"
#include "generateddirectory.h"
#include "privacy/notesfile.h"
#include "store/directoryrepository.h"
#include "store/pinlock.h"
#include "store/store.h"
#include "store/storestartup.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

using namespace kring;

namespace {

trust::TrustState storedVersion(qint64 version)
{
    trust::TrustState state;
    state.rootVersion = 1;
    state.snapshotVersion = version;
    return state;
}

const QByteArray passphrasePragma = "PRAGMA key = 'een lange maar gewone wachtzin';";

// Opens the file, keys it, and reads the schema: the same steps for both kinds of key.
void openAndRead(benchmark::State &state, const QByteArray &path, const QByteArray &keyPragma)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_exec(db, keyPragma.constData(), nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA cipher_page_size = 4096;", nullptr, nullptr, nullptr);
    if (sqlite3_exec(db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr) != SQLITE_OK)
        state.SkipWithError("the database did not open");
    sqlite3_close(db);
}

QByteArray createDatabase(const QTemporaryDir &dir, const QByteArray &keyPragma)
{
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("bench.db")));
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    sqlite3_exec(db, keyPragma.constData(), nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA cipher_page_size = 4096; CREATE TABLE t (v); INSERT INTO t VALUES (1);", nullptr,
                 nullptr, nullptr);
    sqlite3_close(db);
    return path;
}

void BM_OpenWithRawKey(benchmark::State &state)
{
    QTemporaryDir dir;
    const DatabaseKey key = DatabaseKey::generate();
    const QByteArray path = createDatabase(dir, key.keyPragma());
    for (auto _ : state)
        openAndRead(state, path, key.keyPragma());
}

void BM_OpenWithPassphrase(benchmark::State &state)
{
    QTemporaryDir dir;
    const QByteArray path = createDatabase(dir, passphrasePragma);
    for (auto _ : state)
        openAndRead(state, path, passphrasePragma);
}

// The whole open the app does: raw key, settings read back, schema check and migrations.
void BM_StoreOpen(benchmark::State &state)
{
    QTemporaryDir dir;
    const DatabaseKey key = DatabaseKey::generate();
    (void)Store::open(dir.path(), key);
    for (auto _ : state) {
        const Result<Store> store = Store::open(dir.path(), key);
        if (!store)
            state.SkipWithError(qPrintable(store.error()));
    }
}

const QByteArray &directory100k()
{
    static const QByteArray json = GeneratedDirectory::make(100000, 1);
    return json;
}

// Storing a verified snapshot: one transaction replacing the old one, synced to disk.
void BM_Import100kSnapshot(benchmark::State &state)
{
    QTemporaryDir dir;
    Result<Store> store = Store::open(dir.path(), DatabaseKey::generate());
    DirectoryRepository repository(store.value().database());
    const QByteArray &json = directory100k();
    qint64 version = 0;
    for (auto _ : state) {
        if (const Status stored = repository.replace({json, ++version, {}}, storedVersion(version)); !stored)
            state.SkipWithError(qPrintable(stored.error()));
    }
    state.SetBytesProcessed(state.iterations() * json.size());
}

// The same with the validation of the whole directory before it is stored.
void BM_ParseAndImport100kSnapshot(benchmark::State &state)
{
    QTemporaryDir dir;
    Result<Store> store = Store::open(dir.path(), DatabaseKey::generate());
    DirectoryRepository repository(store.value().database());
    const QByteArray &json = directory100k();
    qint64 version = 0;
    for (auto _ : state) {
        const Result<Directory> parsed = DirectoryJson::parse(json, QStringLiteral("generated"));
        if (!parsed || parsed.value().meetingCount() != 100000) {
            state.SkipWithError("the generated directory does not parse");
            break;
        }
        if (const Status stored = repository.replace({json, ++version, {}}, storedVersion(version)); !stored)
            state.SkipWithError(qPrintable(stored.error()));
    }
}

// What every app start does with a store holding 100k meetings: open, check every page, read the snapshot.
void BM_Startup100k(benchmark::State &state)
{
    QTemporaryDir dir;
    const DatabaseKey key = DatabaseKey::generate();
    {
        Result<Store> store = Store::open(dir.path(), key);
        (void)DirectoryRepository(store.value().database())
            .replace({directory100k(), 1, {}}, storedVersion(1));
    }
    for (auto _ : state) {
        const Result<StartedStore> started = StoreStartup::start(dir.path(), key, QByteArray());
        if (!started || started.value().snapshot.feedVersion != 1)
            state.SkipWithError("the store did not start");
    }
}

// What a start with an app PIN adds: one Argon2id derivation with the limits stored in the wrapped key.
void BM_PinUnwrap(benchmark::State &state, PinLock::Limits limits)
{
    const QString pin = QStringLiteral("246813");
    const DatabaseKey key = DatabaseKey::generate();
    const Result<QByteArray> wrapped = PinLock::wrap(key, pin, limits);
    if (!wrapped) {
        state.SkipWithError(qPrintable(wrapped.error()));
        return;
    }
    for (auto _ : state) {
        if (!PinLock::unwrap(wrapped.value(), pin))
            state.SkipWithError("the PIN did not unlock");
    }
}

// Opening a notes export of 200 notes at the SENSITIVE limits the app uses: nearly all of it is Argon2id.
void BM_NotesFileUnsealSensitive(benchmark::State &state)
{
    QList<NotesFile::Note> notes;
    for (int i = 0; i < 200; ++i)
        notes.append({QStringLiteral("group-%1").arg(i), QString(300, QLatin1Char('n')),
                      QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc())});
    const QString passphrase = QStringLiteral("paard batterij nietje");
    const Result<QByteArray> file = NotesFile::seal(notes, passphrase, NotesFile::sensitiveLimits);
    if (!file) {
        state.SkipWithError(qPrintable(file.error()));
        return;
    }
    for (auto _ : state) {
        if (!NotesFile::open(file.value(), passphrase))
            state.SkipWithError("the notes file did not open");
    }
}

} // namespace

BENCHMARK(BM_NotesFileUnsealSensitive)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(3)
    ->Iterations(1)
    ->ReportAggregatesOnly(true);
BENCHMARK_CAPTURE(BM_PinUnwrap, Current, PinLock::currentLimits)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->Iterations(3)
    ->ReportAggregatesOnly(true);
BENCHMARK_CAPTURE(BM_PinUnwrap, Interactive, PinLock::interactiveLimits)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->Iterations(5)
    ->ReportAggregatesOnly(true);
// libsodium's SENSITIVE limits (4 passes over 1 GiB), measured to show what the stronger choice would cost.
BENCHMARK_CAPTURE(BM_PinUnwrap, Sensitive, PinLock::Limits{4, 1024 * 1024 * 1024})
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(3)
    ->Iterations(1)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_OpenWithRawKey)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_OpenWithPassphrase)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_StoreOpen)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_Startup100k)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_Import100kSnapshot)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_ParseAndImport100kSnapshot)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(3)
    ->Iterations(1)
    ->ReportAggregatesOnly(true);
