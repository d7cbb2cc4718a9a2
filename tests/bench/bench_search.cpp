// SPDX-License-Identifier: GPL-3.0-or-later
// Search over a generated 100,000-meeting directory, against measuring the distance to every meeting.
#include "catalog/directorycatalog.h"
#include "directory/directoryjson.h"
#include "search/searchindex.h"
#include "syntheticdirectory.h"

#include <benchmark/benchmark.h>

#include <QDataStream>

using namespace kring;

namespace {

constexpr int meetingCount = 100000;
const GeoPoint eindhoven{51.4416, 5.4697};

const SearchIndex &index()
{
    static const SearchIndex built =
        SearchIndex::build(std::make_shared<const Directory>(generateDirectory(meetingCount)),
                           QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
    return built;
}

void runQuery(benchmark::State &state, const SearchQuery &query)
{
    const SearchIndex &searchIndex = index();
    qsizetype found = 0;
    for (auto _ : state) {
        const auto results = searchIndex.search(query);
        found = results.size();
        benchmark::DoNotOptimize(results.data());
    }
    state.counters["results"] = double(found);
}

} // namespace

static void Baseline_Scan(benchmark::State &state)
{
    std::vector<GeoPoint> points;
    const Directory &directory = *index().directory();
    for (const Group &group : directory.groups()) {
        for (const Meeting &meeting : group.meetings) {
            if (const Venue *venue = meeting.hasVenue() ? directory.venue(meeting.venueId) : nullptr)
                points.push_back({venue->latitude, venue->longitude});
        }
    }
    for (auto _ : state) {
        double nearest = 1e9;
        for (const GeoPoint &point : points)
            nearest = std::min(nearest, distanceKm(eindhoven, point));
        benchmark::DoNotOptimize(nearest);
    }
    state.counters["meetings"] = double(points.size());
}
BENCHMARK(Baseline_Scan)->Unit(benchmark::kMillisecond);

static void SearchTextOnly(benchmark::State &state)
{
    SearchQuery query;
    query.text = QStringLiteral("rouw");
    runQuery(state, query);
}
BENCHMARK(SearchTextOnly)->Unit(benchmark::kMillisecond);

static void SearchNear(benchmark::State &state)
{
    SearchQuery query;
    query.near = eindhoven;
    runQuery(state, query);
}
BENCHMARK(SearchNear)->Unit(benchmark::kMillisecond);

static void SearchNearDay(benchmark::State &state)
{
    SearchQuery query;
    query.near = eindhoven;
    query.weekdays = weekdayBit(Qt::Tuesday);
    runQuery(state, query);
}
BENCHMARK(SearchNearDay)->Unit(benchmark::kMillisecond);

static void SearchThemeNearPartOfDayAttendance(benchmark::State &state)
{
    SearchQuery query;
    query.near = eindhoven;
    query.themeIds = {QStringLiteral("depressie")};
    query.partsOfDay = Evening;
    query.attendance = InPersonMeetings | HybridMeetings;
    runQuery(state, query);
}
BENCHMARK(SearchThemeNearPartOfDayAttendance)->Unit(benchmark::kMillisecond);

static void SearchTextNearSynonym(benchmark::State &state)
{
    SearchQuery query;
    query.text = QStringLiteral("drank");
    query.near = eindhoven;
    runQuery(state, query);
}
BENCHMARK(SearchTextNearSynonym)->Unit(benchmark::kMillisecond);

// People's own words: a sentence with stop words, a compound, a typo (every word of the index is compared),
// and a word that every group has, with a point (one level of match over all meetings: through the grid).
static void SearchTextSentence(benchmark::State &state)
{
    SearchQuery query;
    query.text = QStringLiteral("mijn vrouw is overleden");
    query.near = eindhoven;
    runQuery(state, query);
}
BENCHMARK(SearchTextSentence)->Unit(benchmark::kMillisecond);

static void SearchTextCompound(benchmark::State &state)
{
    SearchQuery query;
    query.text = QStringLiteral("drugsverslaving");
    runQuery(state, query);
}
BENCHMARK(SearchTextCompound)->Unit(benchmark::kMillisecond);

static void SearchTextTypo(benchmark::State &state)
{
    SearchQuery query;
    query.text = QStringLiteral("alcohl");
    query.near = eindhoven;
    runQuery(state, query);
}
BENCHMARK(SearchTextTypo)->Unit(benchmark::kMillisecond);

static void SearchTextEveryGroupNear(benchmark::State &state)
{
    SearchQuery query;
    query.text = QStringLiteral("lotgenoten");
    query.near = eindhoven;
    runQuery(state, query);
}
BENCHMARK(SearchTextEveryGroupNear)->Unit(benchmark::kMillisecond);

static void BuildSearchIndex(benchmark::State &state)
{
    const auto directory = index().directory();
    for (auto _ : state) {
        const SearchIndex built =
            SearchIndex::build(directory, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
        benchmark::DoNotOptimize(&built);
    }
}
BENCHMARK(BuildSearchIndex)->Unit(benchmark::kMillisecond)->Iterations(3);

// What every start does instead of building: read the stored index back and count next meetings from now.
static void ReadStoredSearchIndex(benchmark::State &state)
{
    const QByteArray stored = index().serialize();
    const QDateTime later = index().builtFor().addDays(1);
    for (auto _ : state) {
        Result<SearchIndex> read = SearchIndex::deserialize(stored);
        if (!read.ok()) {
            state.SkipWithError("the stored index could not be read");
            break;
        }
        read.value().advanceTo(later);
        benchmark::DoNotOptimize(read.value().groupCount());
    }
    state.counters["bytes"] = double(stored.size());
}
BENCHMARK(ReadStoredSearchIndex)->Unit(benchmark::kMillisecond);

// The groups' own directories packed into compressed chunks, as a new directory's catalog stores them.
static void PackGroupChunks(benchmark::State &state)
{
    qsizetype bytes = 0;
    for (auto _ : state) {
        const QList<QByteArray> chunks = DirectoryCatalog::packGroups(*index().directory());
        bytes = 0;
        for (const QByteArray &chunk : chunks)
            bytes += chunk.size();
    }
    state.counters["bytes"] = double(bytes);
}
BENCHMARK(PackGroupChunks)->Unit(benchmark::kMillisecond)->Iterations(3);

// What opening a group page does with its chunk: uncompress it and parse the group's own directory (the
// last one in the chunk, so the whole chunk is read).
static void ReadGroupChunk(benchmark::State &state)
{
    static const QList<QByteArray> chunks = DirectoryCatalog::packGroups(*index().directory());
    qsizetype next = 0;
    for (auto _ : state) {
        QDataStream in(qUncompress(chunks[next]));
        next = (next + 97) % chunks.size();
        QString id;
        QByteArray json;
        while (!in.atEnd() && in.status() == QDataStream::Ok)
            in >> id >> json;
        const Result<Directory> directory = DirectoryJson::parse(json, QStringLiteral("bench"));
        if (!directory.ok()) {
            state.SkipWithError("a group could not be read");
            break;
        }
        benchmark::DoNotOptimize(directory.value().groups().size());
    }
}
BENCHMARK(ReadGroupChunk)->Unit(benchmark::kMicrosecond);
