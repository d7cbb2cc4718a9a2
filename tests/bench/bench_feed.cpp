// SPDX-License-Identifier: GPL-3.0-or-later
// Verifying and parsing a signed feed of 100,000 meetings, against QJsonDocument::fromJson alone on the same
// directory bytes (budget: at most 3x). The feed's directory.json is an envelope with the directory in base64
// (a third larger); the bytes parsed are its decoded payload, so every benchmark here reads those.
#include "directory/directoryjson.h"
#include "feed/feedbuilder.h"
#include "feed/feedsource.h"
#include "feed/feedverifier.h"
#include "feed/strictjson.h"
#include "trust/envelope.h"
#include "trust/revocations.h"
#include "trust/rootmetadata.h"

#include <QJsonDocument>
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
    QHash<QString, QByteArray> files;
    QDateTime now;
};

// glibc gives freed memory at the top of the heap back to the kernel when more than a threshold is free, and
// adjusts that threshold to what was freed before; a page fault takes microseconds on the development VM, so
// a benchmark's time depended on the ones before it (fromJson of the same bytes: 255 or 600 ms). Keeping
// freed memory, every benchmark here measures its own work.
void keepFreedMemory()
{
#ifdef __GLIBC__
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
}

const SignedFeed &signedFeed()
{
    static const SignedFeed feed = [] {
        keepFreedMemory();
        SignedFeed result;
        result.now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
        const trust::KeyPair rootKey = trust::generateKeyPair();
        const trust::KeyPair feedKey = trust::generateKeyPair();
        trust::RootMetadata root{
            1, result.now, result.now.addDays(365), {1, {rootKey.publicKey}}, {1, {feedKey.publicKey}}};
        result.pinnedRoot = trust::serializeEnvelope(
            trust::signEnvelope(trust::SignedType::Root, trust::rootPayload(root), {rootKey}));
        feed::FeedBuildInput input;
        input.rootChain = {result.pinnedRoot};
        input.rootKeys = {rootKey};
        input.feedKey = feedKey;
        input.directoryJson = largeDirectory();
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
    }();
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
        benchmark::DoNotOptimize(feed::checkStrictJson(feed.directoryPayload, {}).ok());
}

void BM_DirectoryJsonParse(benchmark::State &state)
{
    const SignedFeed &feed = signedFeed();
    for (auto _ : state)
        benchmark::DoNotOptimize(DirectoryJson::parse(feed.directoryPayload, {}).ok());
}

} // namespace

BENCHMARK(BM_ParseDirectoryEnvelope)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_StrictCheckDirectory)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_DirectoryJsonParse)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_FromJsonDirectory)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_VerifyAndParseFeed)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

BENCHMARK_MAIN();
