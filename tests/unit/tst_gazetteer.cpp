// SPDX-License-Identifier: GPL-3.0-or-later
// Places and postcodes people type find the right place first, offline.
#include "gazetteer/gazetteer.h"
#include "text/textfolding.h"

#include <QTest>

using namespace kring;

class GazetteerTest : public QObject
{
    Q_OBJECT

private:
    Gazetteer m_gazetteer;

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = Gazetteer::bundled();
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error()));
        m_gazetteer = std::move(loaded).value();
        QVERIFY(m_gazetteer.placeCount() > 4000);
        QVERIFY(m_gazetteer.postcodeCount() > 7000);
    }

    void folding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("apostrophe and hyphen")
            << QStringLiteral("'s-Hertogenbosch") << QStringLiteral("s hertogenbosch");
        QTest::newRow("accent") << QStringLiteral("Liège") << QStringLiteral("liege");
        QTest::newRow("cafe") << QStringLiteral("CAFÉ") << QStringLiteral("cafe");
        QTest::newRow("diaeresis") << QStringLiteral("patiënten") << QStringLiteral("patienten");
        QTest::newRow("spaces") << QStringLiteral("  Den   Bosch ") << QStringLiteral("den bosch");
        QTest::newRow("ligature") << QStringLiteral("ﬁets") << QStringLiteral("fiets");
    }

    void folding()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(foldText(text), folded);
    }

    void findsTheRightPlaceFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("country");
        QTest::newRow("exact town") << QStringLiteral("Eindhoven") << QStringLiteral("Eindhoven")
                                    << QStringLiteral("NL");
        QTest::newRow("prefix, biggest first")
            << QStringLiteral("eind") << QStringLiteral("Eindhoven") << QStringLiteral("NL");
        QTest::newRow("Den Bosch") << QStringLiteral("den bo") << QStringLiteral("'s-Hertogenbosch")
                                   << QStringLiteral("NL");
        QTest::newRow("official name folded") << QStringLiteral("s-hertogenbosch")
                                              << QStringLiteral("'s-Hertogenbosch") << QStringLiteral("NL");
        QTest::newRow("Brussel") << QStringLiteral("Brussel") << QStringLiteral("Brussels")
                                 << QStringLiteral("BE");
        QTest::newRow("Bruxelles") << QStringLiteral("Bruxelles") << QStringLiteral("Brussels")
                                   << QStringLiteral("BE");
        QTest::newRow("Brussels") << QStringLiteral("brussels") << QStringLiteral("Brussels")
                                  << QStringLiteral("BE");
        QTest::newRow("liege without accent")
            << QStringLiteral("liege") << QStringLiteral("Liège") << QStringLiteral("BE");
        QTest::newRow("Luik") << QStringLiteral("Luik") << QStringLiteral("Liège") << QStringLiteral("BE");
        QTest::newRow("Gent") << QStringLiteral("gent") << QStringLiteral("Gent") << QStringLiteral("BE");
        QTest::newRow("Leuven") << QStringLiteral("LEUVEN") << QStringLiteral("Leuven")
                                << QStringLiteral("BE");
        QTest::newRow("NL postcode") << QStringLiteral("5611") << QStringLiteral("Eindhoven")
                                     << QStringLiteral("NL");
        QTest::newRow("NL postcode with letters")
            << QStringLiteral("5611 AB") << QStringLiteral("Eindhoven") << QStringLiteral("NL");
        QTest::newRow("NL postcode no space")
            << QStringLiteral("5611ab") << QStringLiteral("Eindhoven") << QStringLiteral("NL");
        QTest::newRow("BE postcode") << QStringLiteral("3000") << QStringLiteral("Leuven")
                                     << QStringLiteral("BE");
        QTest::newRow("Helmond postcode")
            << QStringLiteral("5701") << QStringLiteral("Helmond") << QStringLiteral("NL");
    }

    void findsTheRightPlaceFirst()
    {
        QFETCH(QString, query);
        QFETCH(QString, name);
        QFETCH(QString, country);
        const auto best = m_gazetteer.resolve(query);
        QVERIFY2(best.has_value(), qPrintable(query));
        QCOMPARE(best->name, name);
        QCOMPARE(best->country, country);
        QVERIFY(best->latitude > 49 && best->latitude < 54);
    }

    void oneResultPerPlace()
    {
        const QList<Place> results = m_gazetteer.search(u"brus", 20);
        int brussels = 0;
        for (const Place &place : results)
            brussels += place.name == u"Brussels";
        QCOMPARE(brussels, 1);
    }

    void showsDutchNames()
    {
        const auto liege = m_gazetteer.resolve(u"liege");
        QVERIFY(liege);
        QCOMPARE(liege->displayName(u"nl"), QStringLiteral("Luik"));
        QCOMPARE(liege->displayName(u"en"), QStringLiteral("Liège"));
        const auto area = m_gazetteer.resolve(u"5611");
        QCOMPARE(area->displayName(u"nl"), QStringLiteral("5611 Eindhoven"));
    }

    void lettersOnlyOnDutchPostcodes()
    {
        for (const Place &place : m_gazetteer.search(u"2000 AB", 10))
            QCOMPARE(place.country, QStringLiteral("NL"));
        bool antwerp = false;
        for (const Place &place : m_gazetteer.search(u"2000", 10))
            antwerp = antwerp || place.name == u"Antwerpen";
        QVERIFY(antwerp);
    }

    void nothingForNonsense_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("empty") << QString();
        QTest::newRow("punctuation") << QStringLiteral(" -' ");
        QTest::newRow("unknown") << QStringLiteral("xqzzy");
        QTest::newRow("five digits") << QStringLiteral("56111");
    }

    void nothingForNonsense()
    {
        QFETCH(QString, query);
        QVERIFY(m_gazetteer.search(query).isEmpty());
    }

    void refusesDamagedTables()
    {
        QVERIFY(!Gazetteer::load("garbage", "more garbage").ok());
        QVERIFY(!Gazetteer::load(QByteArray(), QByteArray()).ok());
    }
};

QTEST_GUILESS_MAIN(GazetteerTest)
#include "tst_gazetteer.moc"
