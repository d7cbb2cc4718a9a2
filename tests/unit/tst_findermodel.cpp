// SPDX-License-Identifier: GPL-3.0-or-later
#include "findermodel.h"

#include "directory/directoryjson.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace kring;

class FinderModelTest : public QObject
{
    Q_OBJECT

private:
    static std::shared_ptr<const Directory> demo()
    {
        QFile file(QStringLiteral(KRING_SOURCE_DIR "/assets/demo/directory.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        auto result = DirectoryJson::parse(file.readAll(), QStringLiteral("directory.json"));
        return result.ok() ? std::make_shared<const Directory>(std::move(result).value()) : nullptr;
    }

private Q_SLOTS:
    void searchesAsThePersonTypes()
    {
        FinderModel model(QStringLiteral("nl"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&model, &FinderModel::readyChanged);
        model.setDirectory(demo());
        QVERIFY(ready.wait());
        QVERIFY(model.ready());
        // The start page lists no groups.
        QVERIFY(!model.active());
        QCOMPARE(model.rowCount(), 0);

        model.setPlace(51.4416, 5.4697, QStringLiteral("Eindhoven"), QStringLiteral("NL"));
        QVERIFY(model.active());
        const int all = model.rowCount();
        QVERIFY(all >= 60);
        QCOMPARE(model.data(model.index(0, 0), FinderModel::TownRole).toString(),
                 QStringLiteral("Eindhoven"));
        QVERIFY(!model.data(model.index(0, 0), FinderModel::DistanceRole).toString().isEmpty());

        model.setText(QStringLiteral("drank"));
        QVERIFY(model.rowCount() > 0 && model.rowCount() < all);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row, 0), FinderModel::ThemesRole).toString().contains(u"Alcohol"));
        model.setText(QString());

        model.setWheelchairOnly(true);
        QVERIFY(model.filtered());
        const int accessible = model.rowCount();
        QVERIFY(accessible > 0 && accessible < all);
        model.clearFilters();
        QVERIFY(!model.filtered());
        QCOMPARE(model.rowCount(), all);

        model.clearPlace();
        QVERIFY(!model.active());
        QCOMPARE(model.rowCount(), 0);
    }

    void browsesThemesByCategory()
    {
        FinderModel model(QStringLiteral("nl"));
        QSignalSpy ready(&model, &FinderModel::readyChanged);
        model.setDirectory(demo());
        QVERIFY(ready.wait());
        const QVariantList categories = model.categories();
        QVERIFY(categories.size() >= 8);
        QStringList names;
        int themes = 0;
        for (const QVariant &category : categories) {
            names.append(category.toMap().value(QStringLiteral("name")).toString());
            themes += int(category.toMap().value(QStringLiteral("themes")).toList().size());
        }
        QCOMPARE(themes, 26); // every theme of the demo directory, once
        QVERIFY2(names.contains(QStringLiteral("Addiction")), qPrintable(names.join(u", ")));

        model.chooseTheme(QStringLiteral("rouw"));
        QVERIFY(model.active());
        QCOMPARE(model.themeName(), QStringLiteral("Rouw en verlies"));
        QVERIFY(model.rowCount() >= 3);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row, 0), FinderModel::ThemesRole).toString().contains(u"Rouw"));
        model.clearSearch();
        QVERIFY(!model.active());
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersByWhomAGroupIsFor()
    {
        FinderModel model(QStringLiteral("nl"));
        QSignalSpy ready(&model, &FinderModel::readyChanged);
        model.setDirectory(demo());
        QVERIFY(ready.wait());
        model.setPlace(51.2, 4.4, QStringLiteral("Antwerpen"), QStringLiteral("BE"));
        const int all = model.rowCount();
        model.setTargetGroups(FinderModel::Women);
        QVERIFY(model.filtered());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), FinderModel::GroupIdRole).toString(),
                 QStringLiteral("vlk-misbruik"));
        model.setTargetGroups(FinderModel::YoungPeople | FinderModel::Lgbtq);
        QVERIFY(model.rowCount() >= 5);
        model.clearFilters();
        QCOMPARE(model.rowCount(), all);
    }

    void crisisWordsAndEmptyResultsShowHelpLines()
    {
        FinderModel model(QStringLiteral("nl"));
        model.setLocale(QLocale(QLocale::Dutch, QLocale::Netherlands));
        QSignalSpy ready(&model, &FinderModel::readyChanged);
        model.setDirectory(demo());
        QVERIFY(ready.wait());
        for (const char *words : {"zelfmoord", "Ik wil niet meer leven", "zelfbeschadiging", "suïcide",
                                  "self harm", "I want to kill myself"}) {
            model.setText(QString::fromUtf8(words));
            QVERIFY2(model.crisis(), words);
        }
        for (const char *words : {"rouw", "drank", "scheiding", "diabetes"}) {
            model.setText(QString::fromUtf8(words));
            QVERIFY2(!model.crisis(), words);
        }
        const auto numbers = [&] {
            QStringList found;
            for (const QVariant &line : model.helpLines())
                found.append(line.toMap().value(QStringLiteral("number")).toString());
            return found;
        };
        QCOMPARE(model.helpCountry(), QStringLiteral("NL"));
        QVERIFY(numbers().contains(QStringLiteral("113")));
        // The language setting's region, then the chosen place.
        model.setLocale(QLocale(QLocale::Dutch, QLocale::Belgium));
        QCOMPARE(model.helpCountry(), QStringLiteral("BE"));
        QVERIFY(numbers().contains(QStringLiteral("1813")));
        QVERIFY(!numbers().contains(QStringLiteral("113")));
        model.setPlace(51.44, 5.47, QStringLiteral("Eindhoven"), QStringLiteral("NL"));
        QCOMPARE(model.helpCountry(), QStringLiteral("NL"));
        QCOMPARE(model.helpLines().first().toMap().value(QStringLiteral("callUrl")).toUrl(), QUrl("tel:113"));

        model.setNetwork(QStringLiteral("Kring demo"), QStringLiteral("+31 40 000 00 00"),
                         QStringLiteral("netwerk@example.org"));
        QCOMPARE(model.networkCallUrl(), QUrl(QStringLiteral("tel:+31400000000")));
        QVERIFY(model.networkMailUrl().toString().startsWith(u"mailto:netwerk@example.org?subject="));
    }

    void nextMeetingInWords_data()
    {
        QTest::addColumn<QDateTime>("next");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        const QTimeZone amsterdam("Europe/Amsterdam");
        QTest::newRow("today") << QDateTime(QDate(2026, 12, 1), QTime(19, 30), amsterdam)
                               << QStringLiteral("en") << QStringLiteral("today 19:30");
        QTest::newRow("tomorrow") << QDateTime(QDate(2026, 12, 2), QTime(10, 0), amsterdam)
                                  << QStringLiteral("en") << QStringLiteral("tomorrow 10:00");
        QTest::newRow("nl") << QDateTime(QDate(2026, 12, 8), QTime(19, 30), amsterdam) << QStringLiteral("nl")
                            << QStringLiteral("di 8 dec 19:30");
        QTest::newRow("en") << QDateTime(QDate(2026, 12, 8), QTime(19, 30), amsterdam) << QStringLiteral("en")
                            << QStringLiteral("Tue 8 Dec 19:30");
    }

    void nextMeetingInWords()
    {
        QFETCH(QDateTime, next);
        QFETCH(QString, language);
        QFETCH(QString, text);
        const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), QTimeZone("Europe/Amsterdam"));
        QCOMPARE(FinderModel::nextMeetingText(next, now, language), text);
    }

    void aMeetingInProgressSaysUntilWhen()
    {
        const QTimeZone amsterdam("Europe/Amsterdam");
        const QDateTime start(QDate(2026, 12, 1), QTime(19, 30), amsterdam);
        const QDateTime during(QDate(2026, 12, 1), QTime(20, 15), amsterdam);
        QCOMPARE(FinderModel::nextMeetingText(start, during, QStringLiteral("en"), 120),
                 QStringLiteral("in progress, until 21:30"));
        // Without its length (read from the store), when it began.
        QCOMPARE(FinderModel::nextMeetingText(start, during, QStringLiteral("en"), 0),
                 QStringLiteral("began at 19:30"));
        QCOMPARE(FinderModel::nextMeetingText(start, start.addSecs(-60), QStringLiteral("en"), 120),
                 QStringLiteral("today 19:30"));
    }

    void distanceInWords_data()
    {
        QTest::addColumn<double>("km");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::newRow("metres") << 0.83 << QStringLiteral("nl") << QStringLiteral("800 m");
        QTest::newRow("decimal comma") << 2.34 << QStringLiteral("nl") << QStringLiteral("2,3 km");
        QTest::newRow("decimal point") << 2.34 << QStringLiteral("en") << QStringLiteral("2.3 km");
        QTest::newRow("far") << 23.6 << QStringLiteral("nl") << QStringLiteral("24 km");
    }

    void distanceInWords()
    {
        QFETCH(double, km);
        QFETCH(QString, language);
        QFETCH(QString, text);
        QCOMPARE(FinderModel::distanceText(km, language), text);
    }
};

QTEST_GUILESS_MAIN(FinderModelTest)
#include "tst_findermodel.moc"
