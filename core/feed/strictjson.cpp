// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictjson.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace kring::feed {
namespace {

// Keys of one open object. Small objects compare linearly; large ones switch to a hash set.
class KeySet
{
public:
    bool insert(std::string key)
    {
        if (m_hashed.empty() && m_small.size() < 16) {
            for (const std::string &known : m_small) {
                if (known == key)
                    return false;
            }
            m_small.push_back(std::move(key));
            return true;
        }
        if (m_hashed.empty())
            m_hashed.insert(m_small.begin(), m_small.end());
        return m_hashed.insert(std::move(key)).second;
    }

private:
    std::vector<std::string> m_small;
    std::unordered_set<std::string> m_hashed;
};

void appendUtf8(std::string &out, char32_t code)
{
    if (code < 0x80) {
        out.push_back(char(code));
    } else if (code < 0x800) {
        out.push_back(char(0xC0 | (code >> 6)));
        out.push_back(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.push_back(char(0xE0 | (code >> 12)));
        out.push_back(char(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(char(0x80 | (code & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (code >> 18)));
        out.push_back(char(0x80 | ((code >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(char(0x80 | (code & 0x3F)));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decodes the escapes of a key so that "a" and "\u0061" count as the same key.
std::string decodeKey(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\' || i + 1 >= raw.size()) {
            out.push_back(raw[i]);
            continue;
        }
        const char escaped = raw[++i];
        switch (escaped) {
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'u': {
            char32_t code = 0;
            size_t j = 0;
            for (; j < 4 && i + 1 + j < raw.size(); ++j) {
                const int v = hexValue(raw[i + 1 + j]);
                if (v < 0)
                    break;
                code = code * 16 + char32_t(v);
            }
            i += j;
            if (code >= 0xD800 && code < 0xDC00 && i + 6 < raw.size() && raw[i + 1] == '\\' &&
                raw[i + 2] == 'u') {
                char32_t low = 0;
                bool valid = true;
                for (size_t k = 0; k < 4; ++k) {
                    const int v = hexValue(raw[i + 3 + k]);
                    valid = valid && v >= 0;
                    low = low * 16 + char32_t(v < 0 ? 0 : v);
                }
                if (valid && low >= 0xDC00 && low < 0xE000) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            appendUtf8(out, code);
            break;
        }
        default:
            out.push_back(escaped);
            break;
        }
    }
    return out;
}

QString tooDeep(const QString &sourceName, int maxDepth)
{
    return QCoreApplication::translate("StrictJson", "%1: JSON nested deeper than %2 levels")
        .arg(sourceName)
        .arg(maxDepth);
}

} // namespace

Status checkStrictJson(QByteArrayView json, const QString &sourceName, int maxDepth)
{
    return checkStrictJson(json, sourceName, maxDepth, {}, nullptr);
}

Status checkStrictJson(QByteArrayView json, const QString &sourceName, int maxDepth,
                       QByteArrayView captureKey, StringSpan *captured)
{
    bool capturePending = false; // the last token was the wanted top-level key
    struct Level {
        bool isObject;
        bool expectKey; // in an object: the next string is a key
        KeySet keys;
    };
    std::vector<Level> stack;
    const char *data = json.data();
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '{':
        case '[':
            capturePending = false;
            if (int(stack.size()) >= maxDepth)
                return Error{tooDeep(sourceName, maxDepth)};
            stack.push_back(Level{c == '{', c == '{', {}});
            break;
        case '}':
        case ']':
            if (stack.empty())
                return Done{}; // a syntax error: the parser reports it
            stack.pop_back();
            break;
        case ',':
            if (!stack.empty() && stack.back().isObject)
                stack.back().expectKey = true;
            break;
        case '"': {
            const qsizetype start = i + 1;
            bool escaped = false;
            for (++i; i < size; ++i) {
                if (data[i] == '\\') {
                    escaped = true;
                    ++i;
                } else if (data[i] == '"') {
                    break;
                }
            }
            if (i >= size)
                return Done{}; // unterminated string: the parser reports it
            if (capturePending) {
                capturePending = false;
                if (captured && stack.size() == 1)
                    *captured = StringSpan{start, i};
                break;
            }
            if (!stack.empty() && stack.back().isObject && stack.back().expectKey) {
                stack.back().expectKey = false;
                const std::string_view raw(data + start, size_t(i - start));
                std::string key = escaped ? decodeKey(raw) : std::string(raw);
                if (!stack.back().keys.insert(key)) {
                    return Error{QCoreApplication::translate("StrictJson", "%1: duplicate key \"%2\"")
                                     .arg(sourceName, QString::fromUtf8(key.data(), qsizetype(key.size())))};
                }
                capturePending = captured && stack.size() == 1 && !escaped &&
                                 raw == std::string_view(captureKey.data(), size_t(captureKey.size()));
            }
            break;
        }
        case ':':
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        default:
            capturePending = false;
            break;
        }
    }
    return Done{};
}

Result<QJsonObject> parseStrictObject(const QByteArray &json, const QString &sourceName)
{
    if (const Status strict = checkStrictJson(json, sourceName); !strict)
        return Error{strict.error()};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QCoreApplication::translate("StrictJson", "%1: not valid JSON at byte %2 (%3)")
                         .arg(sourceName)
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    }
    if (!document.isObject())
        return Error{QCoreApplication::translate("StrictJson", "%1: expected a JSON object").arg(sourceName)};
    return document.object();
}

} // namespace kring::feed
