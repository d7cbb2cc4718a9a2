// SPDX-License-Identifier: GPL-3.0-or-later
// Help lines per country and the words that show them: the bundled lists read, the right country's lines, a
// tap to call, and searches about suicide or self-harm told apart from everyday searches.
#include "help/crisiswords.h"
#include "help/helplines.h"

#include <QTest>

using namespace kring;

class HelpLinesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledLinesOfEachCountry()
    {
        const HelpLines &lines = HelpLines::bundled();
        QVERIFY(lines.all().size() >= 8);
        const QList<HelpLine> netherlands = lines.forCountry(u"NL");
        const QList<HelpLine> belgium = lines.forCountry(u"BE");
        QCOMPARE(netherlands.first().number, QStringLiteral("113"));
        QCOMPARE(netherlands.first().what.in(u"nl"), QStringLiteral("Praten over zelfmoordgedachten"));
        QCOMPARE(belgium.first().number, QStringLiteral("1813"));
        for (const HelpLine &line : belgium)
            QCOMPARE(line.country, QStringLiteral("BE"));
        // The emergency number comes last: the listening lines are what a person needs first.
        QVERIFY(netherlands.last().emergency);
        QVERIFY(belgium.last().emergency);
        // A country without lines of its own gets those of the Netherlands.
        QCOMPARE(lines.forCountry(u"DE"), netherlands);
    }

    void countryFromThePlaceElseTheLanguageSetting()
    {
        const QLocale flemish(QLocale::Dutch, QLocale::Belgium);
        const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(HelpLines::countryFor(QStringLiteral("NL"), flemish), QStringLiteral("NL"));
        QCOMPARE(HelpLines::countryFor(QStringLiteral("BE"), dutch), QStringLiteral("BE"));
        QCOMPARE(HelpLines::countryFor(QString(), flemish), QStringLiteral("BE"));
        QCOMPARE(HelpLines::countryFor(QString(), dutch), QStringLiteral("NL"));
        QCOMPARE(HelpLines::countryFor(QString(), english), QStringLiteral("NL"));
    }

    void tapToCall()
    {
        QCOMPARE(telUrl(u"0800-0113"), QUrl(QStringLiteral("tel:08000113")));
        QCOMPARE(telUrl(u"+31 40 000 00 00"), QUrl(QStringLiteral("tel:+31400000000")));
        QCOMPARE(telUrl(u"088 0767 000"), QUrl(QStringLiteral("tel:0880767000")));
        QVERIFY(telUrl(u"bel ons").isEmpty());
    }

    void mailIsEncoded()
    {
        const QUrl url =
            mailtoUrl(QStringLiteral("netwerk@example.org"), QStringLiteral("Klopt er iets niet? Café & co"),
                      QStringLiteral("Over de groep\n\nregel 2"));
        QCOMPARE(
            url.toEncoded(),
            QByteArray("mailto:netwerk@example.org?subject=Klopt%20er%20iets%20niet%3F%20Caf%C3%A9%20%26%20co"
                       "&body=Over%20de%20groep%0D%0A%0D%0Aregel%202"));
        QVERIFY(mailtoUrl(QStringLiteral("geen adres"), QStringLiteral("x")).isEmpty());
        QVERIFY(mailtoUrl(QStringLiteral("a@b.org?cc=x@y.org"), QStringLiteral("x")).isEmpty());
    }

    void refusesBrokenLines()
    {
        QVERIFY(!HelpLines::parse("{}").ok());
        QVERIFY(
            !HelpLines::parse(R"({"format": "kring-help-lines/1", "lines": [{"country": "DE", "number": "1",
            "name": {"nl": "x"}, "what": {"nl": "x"}, "when": {"nl": "x"}}]})")
                 .ok());
        QVERIFY(
            !HelpLines::parse(R"({"format": "kring-help-lines/1", "lines": [{"country": "NL", "number": "x",
            "name": {"nl": "x"}, "what": {"nl": "x"}, "when": {"nl": "x"}}]})")
                 .ok());
    }

    void crisisWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("crisis");
        for (const char *query : {"zelfmoord",
                                  "Zelfmoordgedachten",
                                  "zelfdoding",
                                  "suïcide",
                                  "suicidaal",
                                  "ik wil dood",
                                  "Ik wil echt dood",
                                  "ik wil niet meer leven",
                                  "niet meer leven",
                                  "zelfbeschadiging",
                                  "snijden",
                                  "ik snij mezelf",
                                  "mezelf snijden",
                                  "automutilatie",
                                  "levensmoe",
                                  "er een einde aan maken",
                                  "suicide",
                                  "self harm",
                                  "self-harm",
                                  "selfharm",
                                  "I want to kill myself",
                                  "want to die",
                                  "hurting myself... I want to end my life",
                                  "I do not want to live anymore",
                                  "I don't want to live"})
            QTest::newRow(query) << QString::fromUtf8(query) << true;
        for (const char *query :
             {"rouw", "drank", "overleden", "mijn vrouw is overleden", "doodgeboren", "dood van mijn vader",
              "scheiding", "leven met pijn", "snij", "kanker", "self", "harm", "killing time", "aa"})
            QTest::newRow(query) << QString::fromUtf8(query) << false;
    }

    void crisisWords()
    {
        QFETCH(QString, query);
        QFETCH(bool, crisis);
        QVERIFY(CrisisWords::bundled().size() >= 30);
        QCOMPARE(CrisisWords::bundled().matches(query), crisis);
    }

    void crisisWordsRule()
    {
        const CrisisWords words = CrisisWords::parse(u"# comment\nwil dood\nzelf* schade\n\n");
        QCOMPARE(words.size(), 2);
        QVERIFY(words.matches(u"wil dood"));
        QVERIFY(words.matches(u"ik wil echt dood"));     // one word between
        QVERIFY(!words.matches(u"ik wil nu echt dood")); // two: not the same phrase any more
        QVERIFY(!words.matches(u"dood wil"));            // order counts
        QVERIFY(words.matches(u"zelfbewuste schade"));   // a prefix
        QVERIFY(!words.matches(u"comment"));
    }
};

QTEST_GUILESS_MAIN(HelpLinesTest)
#include "tst_helplines.moc"
