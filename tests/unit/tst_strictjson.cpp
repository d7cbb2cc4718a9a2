// SPDX-License-Identifier: GPL-3.0-or-later
// Strict JSON: what QJsonDocument lets through silently (a key given twice, deep nesting) is refused. And the
// pieces of JSON text it shares with JsonTree and the signed files: escapes, surrogate pairs, hex.
#include "json/jsontext.h"
#include "json/strictjson.h"

#include <QTest>

using namespace kring;

// `levels` objects inside each other: {"a":{"a":...1...}}
static QByteArray nested(int levels)
{
    return QByteArray("{\"a\":").repeated(levels) + "1" + QByteArray(levels, '}');
}

static QByteArray manyKeysWithOneTwice()
{
    QByteArray json = "{";
    for (int i = 0; i < 40; ++i)
        json += "\"k" + QByteArray::number(i) + "\":0,";
    return json + "\"k7\":1}";
}

class StrictJsonTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // empty: accepted

        QTest::newRow("plain object") << QByteArray("{\"a\":1,\"b\":[1,2,{\"c\":\"}\"}]}") << QString();
        QTest::newRow("same key in sibling objects")
            << QByteArray("{\"l\":[{\"a\":1},{\"a\":2}]}") << QString();
        QTest::newRow("key text inside a value")
            << QByteArray("{\"a\":\"\\\"a\\\":\",\"b\":\"a\"}") << QString();
        QTest::newRow("duplicate key")
            << QByteArray("{\"a\":1,\"b\":2,\"a\":3}") << QStringLiteral("test.json: duplicate key \"a\"");
        QTest::newRow("duplicate key deeper") << QByteArray("{\"x\":{\"id\":\"1\",\"id\":\"2\"}}")
                                              << QStringLiteral("test.json: duplicate key \"id\"");
        QTest::newRow("duplicate key spelled with an escape")
            << QByteArray("{\"ab\":1,\"\\u0061b\":2}") << QStringLiteral("test.json: duplicate key \"ab\"");
        QTest::newRow("duplicate key spelled as a surrogate pair")
            << QByteArray("{\"\xF0\x9F\x98\x80\":1,\"\\uD83D\\uDE00\":2}")
            << QStringLiteral("test.json: duplicate key \"\U0001F600\"");
        QTest::newRow("keys that differ after an escape")
            << QByteArray("{\"a\\nb\":1,\"a\\tb\":2}") << QString();
        QTest::newRow("duplicate among many keys")
            << manyKeysWithOneTwice() << QStringLiteral("test.json: duplicate key \"k7\"");
        QTest::newRow("32 levels") << nested(32) << QString();
        QTest::newRow("33 levels") << nested(33)
                                   << QStringLiteral("test.json: JSON nested deeper than 32 levels");
        QTest::newRow("deep arrays") << "{\"a\":" + QByteArray(40, '[') + QByteArray(40, ']') + "}"
                                     << QStringLiteral("test.json: JSON nested deeper than 32 levels");
        QTest::newRow("unterminated is left to the parser")
            << QByteArray("{\"a\":\"xyz") << QStringLiteral("test.json: not valid JSON");
    }

    void check()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto result = json::parseStrictObject(json, QStringLiteral("test.json"));
        if (expected.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
        } else {
            QVERIFY(!result.ok());
            QVERIFY2(result.error().startsWith(expected), qPrintable(result.error()));
        }
    }

    void decodeEscapes_data()
    {
        QTest::addColumn<QByteArray>("raw"); // between the quotes
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("no escapes") << QByteArray("caf\xC3\xA9") << QByteArray("caf\xC3\xA9");
        QTest::newRow("one-letter escapes")
            << QByteArray(R"(\"\\\/\b\f\n\r\t)") << QByteArray("\"\\/\b\f\n\r\t");
        QTest::newRow("\\u of either case")
            << QByteArray(R"(\u00e9\u00C9)") << QByteArray("\xC3\xA9\xC3\x89");
        QTest::newRow("\\u0000") << QByteArray(R"(a\u0000b)") << QByteArray("a\0b", 3);
        QTest::newRow("surrogate pair") << QByteArray(R"(\uD83D\uDE00!)") << QByteArray("\xF0\x9F\x98\x80!");
        QTest::newRow("lone high surrogate") << QByteArray(R"(\uD83Dx)") << QByteArray("\xED\xA0\xBDx");
        QTest::newRow("high surrogate before a non-surrogate")
            << QByteArray(R"(\uD83D\u0041)") << QByteArray("\xED\xA0\xBD") + 'A';
        QTest::newRow("bad hex is kept") << QByteArray(R"(\u12G4)") << QByteArray(R"(\u12G4)");
        QTest::newRow("too few hex digits are kept") << QByteArray(R"(x\u12)") << QByteArray(R"(x\u12)");
        QTest::newRow("unknown letter stands for itself") << QByteArray(R"(\a\x)") << QByteArray("ax");
        QTest::newRow("backslash at the end is kept") << QByteArray("a\\") << QByteArray("a\\");
    }

    void decodeEscapes()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, expected);
        const std::string decoded =
            json::decodeEscapes(std::string_view(raw.constData(), size_t(raw.size())));
        QCOMPARE(QByteArray(decoded.data(), qsizetype(decoded.size())), expected);
    }

    void hexDigits()
    {
        QCOMPARE(json::hexDigitValue('0'), 0);
        QCOMPARE(json::hexDigitValue('9'), 9);
        QCOMPARE(json::hexDigitValue('a'), 10);
        QCOMPARE(json::hexDigitValue('F'), 15);
        QCOMPARE(json::hexDigitValue('g'), -1);
        QCOMPARE(json::hexDigitValue('/'), -1);
        QCOMPARE(json::codeUnitOfHex("00e9"), 0xE9);
        QCOMPARE(json::codeUnitOfHex("FFFFxyz"), 0xFFFF);
        QCOMPARE(json::codeUnitOfHex("12G4"), -1);
        QCOMPARE(json::codeUnitOfHex("123"), -1);
    }

    void lowercaseHexBytes()
    {
        QCOMPARE(json::bytesOfLowercaseHex(u"00ff10", 3), QByteArray("\x00\xff\x10", 3));
        QCOMPARE(json::bytesOfLowercaseHex(u"", 0), QByteArray());
        QVERIFY(!json::bytesOfLowercaseHex(u"00FF10", 3)); // Kring writes lowercase only
        QVERIFY(!json::bytesOfLowercaseHex(u"00ff1", 3));
        QVERIFY(!json::bytesOfLowercaseHex(u"00ff1000", 3));
        QVERIFY(!json::bytesOfLowercaseHex(u"00fg10", 3));
        QVERIFY(!json::bytesOfLowercaseHex(u"00 f10", 3));
    }
};

QTEST_GUILESS_MAIN(StrictJsonTest)
#include "tst_strictjson.moc"
