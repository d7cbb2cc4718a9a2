// SPDX-License-Identifier: GPL-3.0-or-later
// Strict JSON: what QJsonDocument lets through silently (a key given twice, deep nesting) is refused.
#include "feed/strictjson.h"

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
        const auto result = feed::parseStrictObject(json, QStringLiteral("test.json"));
        if (expected.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
        } else {
            QVERIFY(!result.ok());
            QVERIFY2(result.error().startsWith(expected), qPrintable(result.error()));
        }
    }
};

QTEST_GUILESS_MAIN(StrictJsonTest)
#include "tst_strictjson.moc"
