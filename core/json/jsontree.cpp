// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontree.h"

#include "jsontext.h"

#include <algorithm>
#include <array>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstring>

namespace kring::json {
namespace {

// No Kring object has more; the check for a repeated key compares each key with those before it.
constexpr quint32 maxMembers = 64;
constexpr int maxDepth = 64;

// Bytes that stand for themselves in a string: printable ASCII but the quote and the backslash.
constexpr auto plainBytes = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[c] = c != '"' && c != '\\';
    return plain;
}();

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isNonCharacter(char32_t code)
{
    return (code >= 0xFDD0 && code <= 0xFDEF) || (code & 0xFFFE) == 0xFFFE;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The end of the escape that starts at `pos` (a backslash), or null for one the tree does not read: a
// one-letter escape, or "\u" with four hex digits that are not a surrogate.
const char *endOfEscape(const char *pos, const char *end)
{
    if (end - pos < 2)
        return nullptr;
    if (std::strchr("\"\\/bfnrt", pos[1]) && pos[1] != '\0')
        return pos + 2;
    if (pos[1] != 'u')
        return nullptr;
    const int code = codeUnitOfHex(std::string_view(pos + 2, size_t(end - pos - 2)));
    if (code < 0 || isSurrogate(char32_t(code)))
        return nullptr;
    return pos + 6;
}

// The end of the well-formed UTF-8 sequence at `pos` of a character that is not a surrogate or a
// noncharacter, or null.
const char *endOfUtf8Character(const char *pos, const char *end)
{
    const auto *bytes = reinterpret_cast<const uchar *>(pos);
    const uchar lead = bytes[0];
    int length = 0;
    char32_t code = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code = lead & 0x07;
    } else {
        return nullptr;
    }
    if (end - pos < length)
        return nullptr;
    for (int i = 1; i < length; ++i) {
        if ((bytes[i] & 0xC0) != 0x80)
            return nullptr;
        code = code << 6 | (bytes[i] & 0x3F);
    }
    static constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < smallest[length] || code > 0x10FFFF || isSurrogate(code) || isNonCharacter(code))
        return nullptr;
    return pos + length;
}

// The end of the string whose first byte after the opening quote is at `pos` (its closing quote), or null
// when it is not one the tree reads. `escaped` tells whether it has escapes.
const char *endOfString(const char *pos, const char *end, bool &escaped)
{
    escaped = false;
    for (;;) {
        while (pos < end && plainBytes[uchar(*pos)])
            ++pos;
        if (pos == end)
            return nullptr;
        if (*pos == '"')
            return pos;
        if (*pos == '\\') {
            escaped = true;
            pos = endOfEscape(pos, end);
        } else if (uchar(*pos) >= 0x80) {
            pos = endOfUtf8Character(pos, end);
        } else {
            return nullptr; // a control character
        }
        if (!pos)
            return nullptr;
    }
}

// The end of one or more digits at `pos`, or null.
const char *endOfDigits(const char *pos, const char *end)
{
    const char *begin = pos;
    while (pos < end && isDigit(*pos))
        ++pos;
    return pos > begin ? pos : nullptr;
}

// The end of the number at `pos` as JSON spells one: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, or null.
const char *endOfNumber(const char *pos, const char *end)
{
    if (pos < end && *pos == '-')
        ++pos;
    if (pos < end && *pos == '0')
        ++pos;
    else if (!(pos = endOfDigits(pos, end)))
        return nullptr;
    if (pos < end && *pos == '.' && !(pos = endOfDigits(pos + 1, end)))
        return nullptr;
    if (pos < end && (*pos == 'e' || *pos == 'E')) {
        ++pos;
        if (pos < end && (*pos == '+' || *pos == '-'))
            ++pos;
        pos = endOfDigits(pos, end);
    }
    return pos;
}

// The number, or nothing when it is out of range or would lose all precision.
std::optional<double> parseNumber(const char *begin, const char *end)
{
    double number = 0;
    const auto [stop, error] = std::from_chars(begin, end, number);
    if (error != std::errc() || stop != end || !std::isfinite(number) ||
        (number != 0 && std::fabs(number) < DBL_MIN))
        return std::nullopt;
    const char *mantissaEnd = std::find_if(begin, end, [](char c) { return c == 'e' || c == 'E'; });
    if (number == 0 && std::any_of(begin, mantissaEnd, [](char c) { return c >= '1' && c <= '9'; }))
        return std::nullopt;
    return number == 0 ? 0.0 : number; // QJsonDocument keeps -0 as the integer 0
}

} // namespace

// Reads the structure: objects, arrays, their members and items, into nodes. The bytes of strings and
// numbers are checked by the functions above.
class JsonTree::Builder
{
public:
    Builder(const QByteArray &json, std::vector<Node> &nodes, Items items = Items::Kept)
        : m_begin(json.constData())
        , m_pos(m_begin)
        , m_end(m_begin + json.size())
        , m_nodes(nodes)
        , m_items(items)
    {}

    bool document()
    {
        skipSpace();
        if (m_pos == m_end || *m_pos != '{' || !object(1))
            return false;
        skipSpace();
        return m_pos == m_end;
    }

private:
    // After a member or an item: a comma (more follow), the closing bracket (done), or anything else (wrong).
    enum class After { More, Closed, Wrong };

    bool value(int depth)
    {
        if (m_pos == m_end)
            return false;
        switch (*m_pos) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true", Kind::True);
        case 'f':
            return literal("false", Kind::False);
        case 'n':
            return literal("null", Kind::Null);
        default:
            return number();
        }
    }

    bool object(int depth)
    {
        if (depth > maxDepth)
            return false;
        const size_t self = add(Kind::Object, m_pos, 0);
        quint32 members = 0;
        After after = open('}');
        for (; after == After::More; after = next('}')) {
            if (++members > maxMembers || !member(self, depth))
                return false;
        }
        return after == After::Closed && complete(self, members);
    }

    // "key": value, in the object at `self`.
    bool member(size_t self, int depth)
    {
        skipSpace();
        const size_t key = m_nodes.size();
        if (m_pos == m_end || *m_pos != '"' || !string() || m_nodes[key].escaped || repeats(self, key))
            return false;
        skipSpace();
        if (m_pos == m_end || *m_pos != ':')
            return false;
        ++m_pos;
        skipSpace();
        return value(depth);
    }

    bool array(int depth)
    {
        if (depth > maxDepth)
            return false;
        const size_t self = add(Kind::Array, m_pos, 0);
        // Items of an array in the root object (depth 2) may be kept as their bytes only.
        const bool asBytes = depth == 2 && m_items == Items::ReadWhenVisited;
        quint32 items = 0;
        After after = open(']');
        for (; after == After::More; after = next(']')) {
            skipSpace();
            const size_t item = m_nodes.size();
            const char *itemBegin = m_pos;
            if (!value(depth))
                return false;
            if (asBytes && *itemBegin == '{')
                keepAsBytes(item, itemBegin);
            ++items;
        }
        return after == After::Closed && complete(self, items);
    }

    // The object just read at `item`, from `itemBegin`, as its bytes only: its nodes are dropped.
    void keepAsBytes(size_t item, const char *itemBegin)
    {
        m_nodes.resize(item + 1);
        m_nodes[item].length = quint32(m_pos - itemBegin);
        m_nodes[item].escaped = true;
        m_nodes[item].next = quint32(item + 1);
    }

    // Past the opening bracket: whether the object or array is empty (Closed) or has a first member or item.
    After open(char closing)
    {
        ++m_pos;
        skipSpace();
        if (m_pos < m_end && *m_pos == closing) {
            ++m_pos;
            return After::Closed;
        }
        return After::More;
    }

    After next(char closing)
    {
        skipSpace();
        if (m_pos < m_end && *m_pos == ',') {
            ++m_pos;
            return After::More;
        }
        if (m_pos < m_end && *m_pos == closing) {
            ++m_pos;
            return After::Closed;
        }
        return After::Wrong;
    }

    // The object or array at `self` has been read, with `length` members or items.
    bool complete(size_t self, quint32 length)
    {
        m_nodes[self].length = length;
        m_nodes[self].next = quint32(m_nodes.size());
        return true;
    }

    // Whether the object at `self` has the key at `key` among its earlier keys.
    bool repeats(size_t self, size_t key) const
    {
        const Node &wanted = m_nodes[key];
        for (size_t i = self + 1; i < key; i = m_nodes[i + 1].next) {
            if (m_nodes[i].length == wanted.length &&
                std::memcmp(m_begin + m_nodes[i].begin, m_begin + wanted.begin, wanted.length) == 0)
                return true;
        }
        return false;
    }

    bool string()
    {
        const char *begin = m_pos + 1;
        bool escaped = false;
        const char *end = endOfString(begin, m_end, escaped);
        if (!end)
            return false;
        add(Kind::String, begin, end - begin, escaped);
        m_pos = end + 1;
        return true;
    }

    bool number()
    {
        const char *end = endOfNumber(m_pos, m_end);
        if (!end || !parseNumber(m_pos, end))
            return false;
        add(Kind::Number, m_pos, end - m_pos);
        m_pos = end;
        return true;
    }

    bool literal(const char *text, Kind kind)
    {
        const size_t length = std::strlen(text);
        if (size_t(m_end - m_pos) < length || std::memcmp(m_pos, text, length) != 0)
            return false;
        add(kind, m_pos, quint32(length));
        m_pos += length;
        return true;
    }

    void skipSpace()
    {
        while (m_pos < m_end && isSpace(*m_pos))
            ++m_pos;
    }

    size_t add(Kind kind, const char *begin, qsizetype length, bool escaped = false)
    {
        const size_t index = m_nodes.size();
        m_nodes.push_back(
            Node{quint32(begin - m_begin), quint32(index + 1), quint32(length), quint32(kind), escaped});
        return index;
    }

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    std::vector<Node> &m_nodes;
    Items m_items;
};

std::optional<JsonTree> JsonTree::read(const QByteArray &json, Items items)
{
    static_assert(sizeof(Node) == 12);
    if (json.size() > maxBytes)
        return std::nullopt;
    JsonTree tree;
    tree.m_json = json;
    // Enough for a directory, whose nodes would otherwise be copied as the list grows.
    tree.m_nodes.reserve(size_t(json.size() / (items == Items::Kept ? 8 : 256)));
    if (!Builder(tree.m_json, tree.m_nodes, items).document())
        return std::nullopt;
    return tree;
}

JsonTree::Value JsonTree::root() const
{
    return Value(this, 0);
}

QString JsonTree::Value::toString() const
{
    if (!isString())
        return {};
    const Node &node = m_tree->m_nodes[m_index];
    const char *text = m_tree->m_json.constData() + node.begin;
    if (!node.escaped)
        return QString::fromUtf8(text, node.length);
    const std::string decoded = decodeEscapes(std::string_view(text, node.length));
    return QString::fromUtf8(decoded.data(), qsizetype(decoded.size()));
}

double JsonTree::Value::toDouble(double defaultValue) const
{
    if (!isDouble())
        return defaultValue;
    const Node &node = m_tree->m_nodes[m_index];
    const char *text = m_tree->m_json.constData() + node.begin;
    return parseNumber(text, text + node.length).value_or(defaultValue);
}

JsonTree::Object JsonTree::Value::toObject() const
{
    return isObject() && !m_tree->m_nodes[m_index].escaped ? Object(m_tree, m_index) : Object();
}

JsonTree::Value JsonTree::Value::expanded(std::optional<JsonTree> &holder) const
{
    if (!isObject() || !m_tree->m_nodes[m_index].escaped)
        return *this;
    const Node &node = m_tree->m_nodes[m_index];
    if (!holder)
        holder.emplace();
    // The bytes stay those of this tree; read() has checked them, deeper in the document than now.
    holder->m_json = QByteArray::fromRawData(m_tree->m_json.constData() + node.begin, node.length);
    holder->m_nodes.clear();
    if (!Builder(holder->m_json, holder->m_nodes).document())
        return {};
    return holder->root();
}

JsonTree::Array JsonTree::Value::toArray() const
{
    return isArray() ? Array(m_tree, m_index) : Array();
}

JsonTree::Value JsonTree::Object::value(QLatin1StringView key) const
{
    if (!m_tree)
        return {};
    const std::vector<Node> &nodes = m_tree->m_nodes;
    const char *json = m_tree->m_json.constData();
    // Keys are UTF-8: an ASCII key compares byte by byte, any other as text.
    const bool ascii = std::all_of(key.begin(), key.end(), [](char c) { return uchar(c) < 0x80; });
    for (quint32 i = m_index + 1; i < nodes[m_index].next; i = nodes[i + 1].next) {
        const Node &name = nodes[i];
        if (ascii
                ? name.length == quint32(key.size()) && std::equal(key.begin(), key.end(), json + name.begin)
                : QString::fromUtf8(json + name.begin, name.length) == key)
            return Value(m_tree, i + 1);
    }
    return {};
}

QStringList JsonTree::Object::keys() const
{
    QStringList keys;
    if (!m_tree)
        return keys;
    const std::vector<Node> &nodes = m_tree->m_nodes;
    for (quint32 i = m_index + 1; i < nodes[m_index].next; i = nodes[i + 1].next)
        keys.append(Value(m_tree, i).toString());
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace kring::json
