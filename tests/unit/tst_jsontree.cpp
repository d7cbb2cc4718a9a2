// SPDX-License-Identifier: GPL-3.0-or-later
// JsonTree: what it reads, it reads as QJsonDocument does; what it does not read, QJsonDocument reads
// instead.
#include "json/jsontree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kring;
using json::JsonTree;

namespace {

// The tree as QJsonDocument's classes, to compare with QJsonDocument::fromJson.
QJsonValue toQt(const JsonTree::Value &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return value.toDouble();
    if (value.isBool())
        return value.toBool();
    if (value.isArray()) {
        QJsonArray array;
        std::optional<JsonTree> holder; // for items read when visited
        for (const JsonTree::Value item : value.toArray())
            array.append(toQt(item.expanded(holder)));
        return array;
    }
    if (value.isObject()) {
        const JsonTree::Object object = value.toObject();
        QJsonObject result;
        for (const QString &key : object.keys())
            result.insert(key, toQt(object.value(QLatin1StringView(key.toLatin1()))));
        return result;
    }
    return QJsonValue::Null;
}

// `value` with every number as QJsonValue::toDouble() gives it: QJsonDocument keeps some as integers.
QJsonValue asDoubles(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue item : value.toArray())
            array.append(asDoubles(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto member = object.begin(); member != object.end(); ++member)
            *member = asDoubles(*member);
        return object;
    }
    return value;
}

} // namespace

class JsonTreeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAsQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("read"); // false: left to QJsonDocument

        QTest::newRow("plain") << QByteArray(
                                      "{\"a\":\"x\",\"b\":[1,2.5,true,false,null,{}],\"c\":{\"d\":[]}}")
                               << true;
        QTest::newRow("spaces") << QByteArray(" \t\r\n{ \"a\" : [ 1 , \"\" ] }\n") << true;
        QTest::newRow("numbers")
            << QByteArray(
                   "{\"a\":[0,-0,-0.0,1.0,1e2,-1E-2,0.1,12345678901234567890,9007199254740993,1.5e308]}")
            << true;
        QTest::newRow("escapes") << QByteArray(
                                        "{\"a\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\u20ac\\u0000\"}")
                                 << true;
        QTest::newRow("UTF-8") << QByteArray("{\"a\":\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"}") << true;
        QTest::newRow("same key in sibling objects") << QByteArray("{\"l\":[{\"a\":1},{\"a\":2}]}") << true;
        QTest::newRow("objects in objects in arrays")
            << QByteArray("{\"g\":[{\"m\":[{\"x\":[1,{}]},{}],\"n\":\"\\u00e9\"},{},1,[2]],\"h\":{}}")
            << true;
        QTest::newRow("as deep as allowed, in an item")
            << "{\"l\":[{\"a\":" + QByteArray(61, '[') + QByteArray(61, ']') + "}]}" << true;

        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("top-level array") << QByteArray("[1]") << false;
        QTest::newRow("unterminated") << QByteArray("{\"a\":\"x") << false;
        QTest::newRow("garbage after") << QByteArray("{\"a\":1} x") << false;
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << false;
        QTest::newRow("key twice") << QByteArray("{\"a\":1,\"a\":2}") << false;
        QTest::newRow("escaped key") << QByteArray("{\"\\u0061\":1}") << false;
        QTest::newRow("lenient escape") << QByteArray("{\"a\":\"\\x\"}") << false;
        QTest::newRow("surrogate escape") << QByteArray("{\"a\":\"\\ud83d\\ude00\"}") << false;
        QTest::newRow("control character") << QByteArray("{\"a\":\"x\ny\"}") << false;
        QTest::newRow("overlong UTF-8") << QByteArray("{\"a\":\"\xc0\xaf\"}") << false;
        QTest::newRow("UTF-8 surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << false;
        QTest::newRow("noncharacter") << QByteArray("{\"a\":\"\xef\xbf\xbe\"}") << false;
        QTest::newRow("number too large") << QByteArray("{\"a\":1e400}") << false;
        QTest::newRow("number too small") << QByteArray("{\"a\":1e-400}") << false;
        QTest::newRow("leading zero") << QByteArray("{\"a\":01}") << false;
        QTest::newRow("bare point") << QByteArray("{\"a\":1.}") << false;
        QTest::newRow("deep") << "{\"a\":" + QByteArray(80, '[') + QByteArray(80, ']') + "}" << false;
        QTest::newRow("too deep, in an item")
            << "{\"l\":[{\"a\":" + QByteArray(62, '[') + QByteArray(62, ']') + "}]}" << false;
        QTest::newRow("key twice, in an item") << QByteArray("{\"l\":[{\"a\":1,\"a\":2}]}") << false;
        QTest::newRow("bad UTF-8, in an item") << QByteArray("{\"l\":[{\"a\":\"\xc0\xaf\"}]}") << false;
    }

    void readsAsQJsonDocument()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, read);
        const auto tree = JsonTree::read(json);
        QCOMPARE(tree.has_value(), read);
        // Items read when visited: the same bytes are refused, the same values read.
        const auto itemByItem = JsonTree::read(json, JsonTree::Items::ReadWhenVisited);
        QCOMPARE(itemByItem.has_value(), read);
        if (!tree)
            return;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(toQt(tree->root()), asDoubles(document.object()));
        QCOMPARE(toQt(itemByItem->root()), asDoubles(document.object()));
    }

    void itemsReadWhenVisitedAnswerOnlyOnceRead()
    {
        const auto tree = JsonTree::read("{\"l\":[{\"a\":1,\"b\":[{\"c\":2}]},{\"a\":3}],\"o\":{\"k\":4}}",
                                         JsonTree::Items::ReadWhenVisited);
        QVERIFY(tree);
        const JsonTree::Object root = tree->root().toObject();
        QCOMPARE(root.value(QLatin1StringView("o")).toObject().value(QLatin1StringView("k")).toDouble(), 4.0);
        const JsonTree::Array items = root.value(QLatin1StringView("l")).toArray();
        QCOMPARE(items.size(), 2);
        std::optional<JsonTree> holder;
        QList<double> read;
        for (const JsonTree::Value item : items) {
            QVERIFY(item.isObject());
            QCOMPARE(item.toObject().size(), 0); // not read yet
            const JsonTree::Object object = item.expanded(holder).toObject();
            read.append(object.value(QLatin1StringView("a")).toDouble());
            // Deeper objects are in the item's own tree.
            const JsonTree::Value deeper = object.value(QLatin1StringView("b"));
            if (!deeper.isUndefined())
                read.append((*deeper.toArray().begin()).toObject().value(QLatin1StringView("c")).toDouble());
        }
        QCOMPARE(read, (QList<double>{1, 2, 3}));
    }

    void answersLikeQJsonValue()
    {
        const auto tree = JsonTree::read("{\"s\":\"x\",\"n\":2,\"o\":{\"k\":1},\"l\":[1,2,3]}");
        QVERIFY(tree);
        const JsonTree::Object root = tree->root().toObject();
        QCOMPARE(root.size(), 4);
        QVERIFY(root.value(QLatin1StringView("missing")).isUndefined());
        QVERIFY(!root.contains(QLatin1StringView("k")));
        QCOMPARE(root.value(QLatin1StringView("n")).toString(), QString());
        QCOMPARE(root.value(QLatin1StringView("s")).toDouble(7), 7.0);
        QCOMPARE(root.value(QLatin1StringView("s")).toObject().size(), 0);
        QCOMPARE(root.value(QLatin1StringView("o")).toArray().size(), 0);
        QCOMPARE(root.value(QLatin1StringView("l")).toArray().size(), 3);
        QCOMPARE(root.keys(), (QStringList{"l", "n", "o", "s"}));
        const auto accented = JsonTree::read("{\"caf\xc3\xa9\":1}");
        QVERIFY(accented);
        QVERIFY(accented->root().toObject().contains(QLatin1StringView("caf\xe9")));
    }
};

QTEST_GUILESS_MAIN(JsonTreeTest)
#include "tst_jsontree.moc"
