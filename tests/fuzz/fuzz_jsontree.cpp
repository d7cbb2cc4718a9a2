// SPDX-License-Identifier: GPL-3.0-or-later
// The directory's fast JSON reader against QJsonDocument: whatever JsonTree reads, QJsonDocument reads too,
// with the same values (the trust path must not see one document two ways), also when the items of the root
// object's arrays are read when visited; and DirectoryJson::parse, which uses both, never crashes.
#include "directory/directoryjson.h"
#include "json/jsontree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>

namespace {

using kring::json::JsonTree;

bool same(const JsonTree::Value &tree, const QJsonValue &qt)
{
    if (tree.isString())
        return qt.isString() && tree.toString() == qt.toString();
    if (tree.isDouble())
        return qt.isDouble() && tree.toDouble() == qt.toDouble();
    if (tree.isBool())
        return qt.isBool() && tree.toBool() == qt.toBool();
    if (tree.isArray()) {
        const JsonTree::Array array = tree.toArray();
        const QJsonArray qtArray = qt.toArray();
        if (!qt.isArray() || array.size() != qtArray.size())
            return false;
        qsizetype i = 0;
        std::optional<JsonTree> holder; // for items read when visited
        for (const JsonTree::Value item : array) {
            if (!same(item.expanded(holder), qtArray.at(i++)))
                return false;
        }
        return true;
    }
    if (tree.isObject()) {
        const JsonTree::Object object = tree.toObject();
        const QJsonObject qtObject = qt.toObject();
        if (!qt.isObject() || object.size() != qtObject.size() || object.keys() != qtObject.keys())
            return false;
        for (const QString &key : qtObject.keys()) {
            const QByteArray latin1 = key.toLatin1();
            if (QString::fromLatin1(latin1) == key &&
                !same(object.value(QLatin1StringView(latin1)), qtObject[key]))
                return false;
        }
        return true;
    }
    return qt.isNull();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto itemByItem = JsonTree::read(json, JsonTree::Items::ReadWhenVisited);
    if (const auto tree = JsonTree::read(json)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject() ||
            !same(tree->root(), document.object()) || !itemByItem ||
            !same(itemByItem->root(), document.object()))
            std::abort();
    } else if (itemByItem) {
        std::abort();
    }
    (void)kring::DirectoryJson::parse(json, QStringLiteral("f"));
    return 0;
}
