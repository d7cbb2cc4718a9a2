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
        const int all = model.rowCount();
        QVERIFY(all >= 60);

        model.setText(QStringLiteral("drank"));
        QVERIFY(model.rowCount() > 0 && model.rowCount() < all);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row, 0), FinderModel::ThemesRole).toString().contains(u"Alcohol"));

        model.setText(QString());
        model.setPlace(51.4416, 5.4697, QStringLiteral("Eindhoven"));
        QVERIFY(model.hasPlace());
        QCOMPARE(model.data(model.index(0, 0), FinderModel::TownRole).toString(),
                 QStringLiteral("Eindhoven"));
        QVERIFY(!model.data(model.index(0, 0), FinderModel::DistanceRole).toString().isEmpty());

        model.setWheelchairOnly(true);
        QVERIFY(model.filtered());
        const int accessible = model.rowCount();
        QVERIFY(accessible > 0 && accessible < all);
        model.clearFilters();
        QVERIFY(!model.filtered());
        QCOMPARE(model.rowCount(), all);
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
