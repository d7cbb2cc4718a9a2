// SPDX-License-Identifier: GPL-3.0-or-later
// Verifying and parsing a signed feed of 100,000 meetings, against QJsonDocument::fromJson alone on the same
// directory bytes (budget: at most 3x). The feed's directory.json is an envelope with the directory in base64
// (a third larger); the bytes parsed are its decoded payload, so every benchmark here reads those.
#include "directory/directoryjson.h"
#include "feed/feedbuilder.h"
#include "feed/feedsource.h"
#include "feed/feedverifier.h"
#include "feed/storedfeed.h"
#include "store/store.h"
#include "syntheticdirectory.h"
#include "trust/announcement.h"
#include "trust/envelope.h"
#include "trust/revocations.h"
#include "trust/rootmetadata.h"
#include "trust/snapshot.h"
#include "json/strictjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace kring;

namespace {

constexpr int meetingCount = 100'000;
constexpr int meetingsPerGroup = 2;
constexpr int venueCount = 2'000;

QByteArray largeDirectory()
{
    QByteArray json =
        R"({"format":"kring-directory/1","network":{"name":"Benchnetwerk"},"updated":"2026-11-01",)"
        R"("themes":[{"id":"rouw","name":{"nl":"Rouw en verlies","en":"Grief and loss"},)"
        R"("keywords":["overlijden","verlies"]}],"venues":[)";
    for (int v = 0; v < venueCount; ++v) {
        json +=
            (v ? "," : "") + QByteArray(R"({"id":"venue-)") + QByteArray::number(v) +
            R"(","name":"Buurthuis )" + QByteArray::number(v) +
            R"(","street":"Dorpsstraat 1","postcode":"5611 AZ","town":"Eindhoven","country":"NL","lat":51.4)" +
            QByteArray::number(v % 1000) + R"(,"lon":5.4)" + QByteArray::number(v % 1000) +
            R"(,"wheelchair":true})";
    }
    json += R"(],"groups":[)";
    for (int g = 0; g < meetingCount / meetingsPerGroup; ++g) {
        const QByteArray id = "group-" + QByteArray::number(g);
        json += (g ? "," : "") + QByteArray(R"({"id":")") + id + R"(","name":"Lotgenotengroep )" +
                QByteArray::number(g) +
                R"(","summary":{"nl":"Lotgenoten die elkaar steunen.","en":"Peers supporting each other."},)"
                R"("themes":["rouw"],"audience":"self","keywords":["weduwe"],"meetings":[)";
        for (int m = 0; m < meetingsPerGroup; ++m) {
            json +=
                (m ? "," : "") + QByteArray(R"({"id":")") + id + "-" + QByteArray::number(m) +
                R"(","venue":"venue-)" + QByteArray::number((g + m) % venueCount) +
                R"(","room":"Zaal 2","timezone":"Europe/Amsterdam","start":"2026-01-13T19:30",)"
                R"("duration_minutes":120,"rrule":"FREQ=MONTHLY;BYDAY=2TU","exdates":["2026-12-08T19:30"]})";
        }
        json += "]}";
    }
    json += "]}";
    return json;
}

struct SignedFeed {
    QByteArray directoryPayload; // what the verifier parses: the payload of the feed's directory.json
    QByteArray pinnedRoot;
    trust::KeyPair rootKey;
    trust::KeyPair feedKey;
    QHash<QString, QByteArray> files;
    QDateTime now;
};

// glibc gives freed memory at the top of the heap back to the kernel when more than a threshold is free, and
// adjusts that threshold to what was freed before; a page fault takes microseconds on the development VM, so
// a benchmark's time depended on the ones before it (fromJson of the same bytes: 255 or 600 ms). Keeping
// freed memory, every benchmark here measures its own work. The same for a buffer of up to 32 MiB (the
// directory's decoded payload): from the heap, not mapped afresh and faulted in on every iteration, or not,
// depending on whether earlier allocations left a large enough free block.
void keepFreedMemory()
{
#ifdef __GLIBC__
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
}

SignedFeed makeSignedFeed(const QByteArray &directoryJson)
{
    {
        keepFreedMemory();
        SignedFeed result;
        result.now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
        result.rootKey = trust::generateKeyPair();
        result.feedKey = trust::generateKeyPair();
        const trust::KeyPair &rootKey = result.rootKey;
        const trust::KeyPair &feedKey = result.feedKey;
        trust::RootMetadata root{
            1, result.now, result.now.addDays(365), {1, {rootKey.publicKey}}, {1, {feedKey.publicKey}}};
        result.pinnedRoot = trust::serializeEnvelope(
            trust::signEnvelope(trust::SignedType::Root, trust::rootPayload(root), {rootKey}));
        feed::FeedBuildInput input;
        input.rootChain = {result.pinnedRoot};
        input.rootKeys = {rootKey};
        input.feedKey = feedKey;
        input.directoryJson = directoryJson;
        input.revocations = trust::serializeEnvelope(trust::signEnvelope(
            trust::SignedType::Revocations, trust::revocationsPayload({1, result.now, {}, {}}), {rootKey}));
        input.now = result.now;
        auto output = feed::buildFeed(input);
        if (!output.ok())
            qFatal("%s", qPrintable(output.error()));
        for (const auto &[path, bytes] : output.value().files)
            result.files.insert(path, bytes);
        auto envelope =
            trust::parseEnvelope(result.files.value(QStringLiteral("directory.json")), {}, qint64(1) << 30);
        if (!envelope)
            qFatal("%s", qPrintable(envelope.error()));
        result.directoryPayload = envelope.value().payload;
        return result;
    }
}

const SignedFeed &signedFeed()
{
    static const SignedFeed feed = makeSignedFeed(largeDirectory());
    return feed;
}

// The generated directory of the search benchmarks (100,000 meetings in 39,924 groups, weekly, every n weeks
// and monthly rules on every weekday at several times, in two zones), as a signed feed.
const SignedFeed &variedFeed()
{
    static const SignedFeed feed = makeSignedFeed(DirectoryJson::serialize(generateDirectory(meetingCount)));
    return feed;
}

void BM_FromJsonDirectory(benchmark::State &state)
{
    const SignedFeed &feed = signedFeed();
    for (auto _ : state) {
        const QJsonDocument document = QJsonDocument::fromJson(feed.directoryPayload);
        benchmark::DoNotOptimize(document.isObject());
    }
    state.counters["bytes"] = double(feed.directoryPayload.size());
}

void BM_VerifyAndParseFeed(benchmark::State &state)
{
    const SignedFeed &feed = signedFeed();
    const feed::MemoryFeedSource source(feed.files);
    for (auto _ : state) {
        auto verified = feed::verifyFeed(source, feed.pinnedRoot, {}, feed.now);
        if (!verified.ok() || verified.value().directory.meetingCount() != meetingCount) {
            state.SkipWithError("the feed did not verify");
            break;
        }
        benchmark::DoNotOptimize(verified.value().directory.groups().size());
    }
    state.counters["bytes"] = double(feed.directoryPayload.size());
    state.counters["file_bytes"] = double(feed.files.value(QStringLiteral("directory.json")).size());
}

// The parts of BM_VerifyAndParseFeed, to see where the time goes.
void BM_ParseDirectoryEnvelope(benchmark::State &state)
{
    const QByteArray bytes = signedFeed().files.value(QStringLiteral("directory.json"));
    for (auto _ : state)
        benchmark::DoNotOptimize(trust::parseEnvelope(bytes, {}, qint64(1) << 30).ok());
}

void BM_StrictCheckDirectory(benchmark::State &state)
{
    const SignedFeed &feed = signedFeed();
    for (auto _ : state)
        benchmark::DoNotOptimize(json::checkStrictJson(feed.directoryPayload, {}).ok());
}

void BM_DirectoryJsonParse(benchmark::State &state)
{
    const SignedFeed &feed = signedFeed();
    for (auto _ : state)
        benchmark::DoNotOptimize(DirectoryJson::parse(feed.directoryPayload, {}).ok());
}

// Cancellations by one certified contact person, as announcements.json carries them.
QByteArray announcementsFile(const SignedFeed &feed, int count)
{
    const trust::KeyPair contact = trust::generateKeyPair();
    const trust::Certificate certificate{QStringLiteral("00000000000000aa"),
                                         {QStringLiteral("group-0")},
                                         contact.publicKey,
                                         feed.now.addDays(-1),
                                         feed.now.addDays(89)};
    const QByteArray certificateEnvelope = trust::serializeEnvelope(trust::signEnvelope(
        trust::SignedType::Certificate, trust::certificatePayload(certificate), {feed.rootKey}));
    QList<QByteArray> envelopes;
    for (int i = 0; i < count; ++i) {
        trust::AnnouncementPayload payload;
        payload.kind = AnnouncementKind::Cancel;
        payload.group = QStringLiteral("group-0");
        payload.sequence = i + 1;
        payload.issued = feed.now;
        payload.date = feed.now.date().addDays(7 * (i + 1));
        payload.expires = trust::defaultExpiry(payload);
        envelopes.append(trust::signAnnouncement(payload, certificateEnvelope, contact).value());
    }
    return feed::announcementsFile(envelopes);
}

// Counts the bytes a sync would transfer.
class CountingSource : public feed::FeedSource
{
public:
    explicit CountingSource(const QHash<QString, QByteArray> &files)
        : m_source(files)
    {}
    [[nodiscard]] Result<std::optional<QByteArray>> read(const QString &path, qint64 maxBytes) const override
    {
        auto bytes = m_source.read(path, maxBytes);
        if (bytes.ok() && bytes.value())
            m_bytes += bytes.value()->size();
        return bytes;
    }
    mutable qint64 m_bytes = 0;

private:
    feed::MemoryFeedSource m_source;
};

// A store holding the 100k feed, as a phone has it after its first sync.
struct StoreWithFeed {
    QTemporaryDir dir;
    std::optional<Store> store;
    qint64 version = 0; // the feed version stored
};

StoreWithFeed &storeWithFeed(benchmark::State &state)
{
    static StoreWithFeed holder;
    if (holder.store)
        return holder;
    const SignedFeed &feed = signedFeed();
    auto opened = Store::open(holder.dir.path(), DatabaseKey::generate());
    if (!opened) {
        state.SkipWithError(qPrintable(opened.error()));
        return holder;
    }
    holder.store.emplace(std::move(opened).value());
    const auto first = feed::StoredFeed(holder.store->database(), feed.pinnedRoot)
                           .apply(feed::MemoryFeedSource(feed.files), feed.now);
    if (!first.ok() || !first.value().stored)
        state.SkipWithError(qPrintable(first.ok() ? first.value().refusal : first.error()));
    holder.version = 1;
    return holder;
}

// The same directory, new announcements: a new snapshot version, signed by the feed key.
QHash<QString, QByteArray> announcementUpdate(const SignedFeed &feed, qint64 version,
                                              const QByteArray &announcements)
{
    QHash<QString, QByteArray> files = feed.files;
    files.insert(QStringLiteral("announcements.json"), announcements);
    trust::Snapshot snapshot = trust::verifySnapshot(files.value(QStringLiteral("snapshot.json")),
                                                     trust::verifyPinnedRoot(feed.pinnedRoot, {}).value(), {})
                                   .value();
    snapshot.version = version;
    snapshot.announcements = trust::fileMeta(announcements);
    files.insert(QStringLiteral("snapshot.json"),
                 trust::serializeEnvelope(trust::signEnvelope(
                     trust::SignedType::Snapshot, trust::snapshotPayload(snapshot), {feed.feedKey})));
    return files;
}

// A number (in kB) from /proc/self/status, such as VmRSS or VmHWM.
qint64 statusKilobytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Resident memory now, after giving freed memory back, with the peak (VmHWM) reset to it.
qint64 residentFromHere()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
    return statusKilobytes("VmRSS:");
}

// A new directory for a phone that has none: verify, store, index and catalog (the first sync). Reports the
// peak resident memory above what the process held before (peak_MB); CPU time counts every thread.
void applyNewDirectory(benchmark::State &state, const SignedFeed &feed)
{
    double peakMegabytes = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::optional<QTemporaryDir> dir(std::in_place);
        std::optional<Result<Store>> store(Store::open(dir->path(), DatabaseKey::generate()));
        const qint64 before = residentFromHere();
        state.ResumeTiming();
        {
            feed::StoredFeed stored(store->value().database(), feed.pinnedRoot);
            const auto applied = stored.apply(feed::MemoryFeedSource(feed.files), feed.now);
            if (!applied.ok() || !applied.value().stored) {
                state.SkipWithError("the feed was not stored");
                break;
            }
        }
        state.PauseTiming();
        peakMegabytes = std::max(peakMegabytes, double(statusKilobytes("VmHWM:") - before) / 1024);
        store.reset();
        dir.reset();
        state.ResumeTiming();
    }
    state.counters["peak_MB"] = peakMegabytes;
}

void BM_ApplyNewDirectory(benchmark::State &state)
{
    applyNewDirectory(state, signedFeed());
}

void BM_ApplyNewVariedDirectory(benchmark::State &state)
{
    applyNewDirectory(state, variedFeed());
}

// Only announcements changed: what a sync transfers beyond the announcements, and the time to apply it.
void BM_ApplyAnnouncementOnlyUpdate(benchmark::State &state)
{
    const SignedFeed &feed = signedFeed();
    StoreWithFeed &holder = storeWithFeed(state);
    if (!holder.store)
        return;
    feed::StoredFeed stored(holder.store->database(), feed.pinnedRoot);
    const QByteArray announcements = announcementsFile(feed, 10);
    qint64 beyond = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const CountingSource source(announcementUpdate(feed, ++holder.version, announcements));
        state.ResumeTiming();
        const auto applied = stored.apply(source, feed.now);
        if (!applied.ok() || !applied.value().stored || applied.value().directoryChanged) {
            const QString why = applied.ok() ? applied.value().refusal : applied.error();
            state.SkipWithError(qPrintable(QStringLiteral("not stored as announcements only: ") + why));
            break;
        }
        beyond = source.m_bytes - announcements.size();
    }
    state.counters["bytes_beyond_announcements"] = double(beyond);
    state.counters["announcement_bytes"] = double(announcements.size());
}

} // namespace

BENCHMARK(BM_ApplyNewDirectory)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(BM_ApplyNewVariedDirectory)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(BM_ApplyAnnouncementOnlyUpdate)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ParseDirectoryEnvelope)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_StrictCheckDirectory)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_DirectoryJsonParse)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_FromJsonDirectory)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_VerifyAndParseFeed)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

BENCHMARK_MAIN();
