// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringList>

#include <optional>
#include <vector>

namespace kring::json {

// A JSON document as a flat list of nodes over its bytes, for a large file that is read once: a string is
// decoded only when asked for. The values read are those QJsonDocument reads, and the classes answer like
// QJsonValue, QJsonObject and QJsonArray, so that one template reads either.
//
// Only plain JSON is read: whatever QJsonDocument reads leniently, reports as an error or reads in a way not
// repeated here (escapes other than the common ones, a key twice, deep nesting, a number out of range, text
// that is not UTF-8, 256 MiB or more, ...) makes read() give nothing, and the caller uses QJsonDocument
// instead.
class JsonTree
{
public:
    class Value;
    class Object;
    class Array;

    // How read() keeps the items of the arrays in the root object (a directory's themes, venues and groups):
    // all in the tree, or each object among them only as its bytes, read again into a small tree of its own
    // when visited (Value::expanded()). Either way every byte is checked by read(); the second way a large
    // document never has all its nodes in memory at once.
    enum class Items { Kept, ReadWhenVisited };

    [[nodiscard]] static std::optional<JsonTree> read(const QByteArray &json, Items items = Items::Kept);

    [[nodiscard]] Value root() const;

private:
    enum class Kind : quint8 { String, Number, True, False, Null, Object, Array };
    struct Node {
        quint32 begin;       // strings: the first byte after the quote; numbers: the first byte
        quint32 next;        // the node after this one and everything in it
        quint32 length : 28; // strings and numbers: bytes; objects: members; arrays: items
        quint32 kind : 3;
        quint32 escaped : 1; // a string with backslash escapes; an object: kept as bytes, `length` of them
    };
    static constexpr qsizetype maxBytes = (qsizetype(1) << 28) - 1;
    class Builder;

    QByteArray m_json;
    std::vector<Node> m_nodes;
};

class JsonTree::Value
{
public:
    Value() = default;

    [[nodiscard]] bool isUndefined() const { return !m_tree; }
    [[nodiscard]] bool isString() const { return is(Kind::String); }
    [[nodiscard]] bool isDouble() const { return is(Kind::Number); }
    [[nodiscard]] bool isBool() const { return is(Kind::True) || is(Kind::False); }
    [[nodiscard]] bool isObject() const { return is(Kind::Object); }
    [[nodiscard]] bool isArray() const { return is(Kind::Array); }

    [[nodiscard]] QString toString() const;
    [[nodiscard]] double toDouble(double defaultValue = 0) const;
    [[nodiscard]] bool toBool() const { return is(Kind::True); }
    [[nodiscard]] Object toObject() const;
    [[nodiscard]] Array toArray() const;

    // This value, or for an object that read() kept as bytes (Items::ReadWhenVisited), the object read
    // into `holder`, valid until `holder` is used again. Such an object answers as an empty one until then.
    [[nodiscard]] Value expanded(std::optional<JsonTree> &holder) const;

private:
    friend class JsonTree;
    Value(const JsonTree *tree, quint32 index)
        : m_tree(tree)
        , m_index(index)
    {}
    [[nodiscard]] bool is(Kind kind) const { return m_tree && Kind(m_tree->m_nodes[m_index].kind) == kind; }

    const JsonTree *m_tree = nullptr; // null: undefined
    quint32 m_index = 0;
};

class JsonTree::Object
{
public:
    Object() = default;

    [[nodiscard]] Value value(QLatin1StringView key) const;
    [[nodiscard]] bool contains(QLatin1StringView key) const { return !value(key).isUndefined(); }
    [[nodiscard]] qsizetype size() const { return m_tree ? m_tree->m_nodes[m_index].length : 0; }
    [[nodiscard]] QStringList keys() const;

private:
    friend class Value;
    Object(const JsonTree *tree, quint32 index)
        : m_tree(tree)
        , m_index(index)
    {}

    const JsonTree *m_tree = nullptr; // null: an empty object
    quint32 m_index = 0;
};

class JsonTree::Array
{
public:
    class Iterator
    {
    public:
        Value operator*() const { return Value(m_tree, m_index); }
        Iterator &operator++()
        {
            m_index = m_tree->m_nodes[m_index].next;
            return *this;
        }
        bool operator!=(const Iterator &other) const { return m_index != other.m_index; }

    private:
        friend class Array;
        Iterator(const JsonTree *tree, quint32 index)
            : m_tree(tree)
            , m_index(index)
        {}
        const JsonTree *m_tree;
        quint32 m_index;
    };

    Array() = default;

    [[nodiscard]] qsizetype size() const { return m_tree ? m_tree->m_nodes[m_index].length : 0; }
    [[nodiscard]] Iterator begin() const { return {m_tree, m_tree ? m_index + 1 : 0}; }
    [[nodiscard]] Iterator end() const { return {m_tree, m_tree ? m_tree->m_nodes[m_index].next : 0}; }

private:
    friend class Value;
    Array(const JsonTree *tree, quint32 index)
        : m_tree(tree)
        , m_index(index)
    {}

    const JsonTree *m_tree = nullptr; // null: an empty array
    quint32 m_index = 0;
};

} // namespace kring::json
