// SPDX-License-Identifier: GPL-3.0-or-later
// kring-bench-ui: a typed character -> the finder list repainted, at 100,000 meetings, offscreen. Each
// iteration sets the next text of a word being typed (and taken back) on the finder and renders the find page
// (QQuickWindow::grabWindow polishes, syncs and renders a frame); p50 and p99 of those times are reported.
#include "findermodel.h"
#include "locator.h"
#include "placesuggestions.h"
#include "search/searchindex.h"
#include "syntheticdirectory.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(KringPlugin)
Q_IMPORT_QML_PLUGIN(Kring_AppPlugin)

using namespace kring;

namespace {

std::shared_ptr<const SearchIndex> index()
{
    static const auto built = std::make_shared<const SearchIndex>(
        SearchIndex::build(std::make_shared<const Directory>(generateDirectory(100000)),
                           QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC)));
    return built;
}

// What someone types, one character at a time, then takes back.
QStringList keystrokes()
{
    QStringList texts;
    for (const QString word : {QStringLiteral("mijn vrouw is overleden"), QStringLiteral("drugsverslaving"),
                               QStringLiteral("alcohl"), QStringLiteral("rouw eindhoven")}) {
        for (qsizetype n = 1; n <= word.size(); ++n)
            texts.append(word.first(n));
        for (qsizetype n = word.size() - 1; n >= 0; --n)
            texts.append(word.first(n));
    }
    return texts;
}

double percentile(std::vector<double> values, double share)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(share * double(values.size())))];
}

void typeAndRepaint(benchmark::State &state, bool withPlace)
{
    FinderModel finder(QStringLiteral("nl"));
    finder.setIndex(index());
    if (withPlace)
        finder.setPlace(51.4416, 5.4697, QStringLiteral("Eindhoven"));
    PlaceSuggestions places(QStringLiteral("nl"));
    Locator locator;
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(&engine);
    component.setData("import Kring\nFindPage { width: 390; height: 844 }", QUrl());
    QQuickWindow window;
    window.resize(390, 844);
    std::unique_ptr<QObject> page(
        component.createWithInitialProperties({{QStringLiteral("finder"), QVariant::fromValue(&finder)},
                                               {QStringLiteral("places"), QVariant::fromValue(&places)},
                                               {QStringLiteral("locator"), QVariant::fromValue(&locator)}}));
    auto *item = qobject_cast<QQuickItem *>(page.get());
    if (!item) {
        state.SkipWithError(qPrintable(component.errorString()));
        return;
    }
    item->setParentItem(window.contentItem());
    window.show();
    (void)window.grabWindow();

    const QStringList texts = keystrokes();
    std::vector<double> millis;
    qsizetype next = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        finder.setText(texts[next]);
        const QImage frame = window.grabWindow();
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        benchmark::DoNotOptimize(frame.constBits());
        state.SetIterationTime(elapsed / 1000);
        millis.push_back(elapsed);
        next = (next + 1) % texts.size();
    }
    state.counters["p50_ms"] = percentile(millis, 0.50);
    state.counters["p99_ms"] = percentile(millis, 0.99);
}

} // namespace

static void TypedCharacterRepaint(benchmark::State &state)
{
    typeAndRepaint(state, false);
}
BENCHMARK(TypedCharacterRepaint)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(400);

static void TypedCharacterRepaintNear(benchmark::State &state)
{
    typeAndRepaint(state, true);
}
BENCHMARK(TypedCharacterRepaintNear)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(400);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")).toUtf8());
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
