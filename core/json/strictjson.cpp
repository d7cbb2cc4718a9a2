// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictjson.h"

#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace kring::json {
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

QString tooDeep(const QString &sourceName, int maxDepth)
{
    return QCoreApplication::translate("StrictJson", "%1: JSON nested deeper than %2 levels")
        .arg(sourceName)
        .arg(maxDepth);
}

QString duplicateKey(const QString &sourceName, const std::string &key)
{
    return QCoreApplication::translate("StrictJson", "%1: duplicate key \"%2\"")
        .arg(sourceName, QString::fromUtf8(key.data(), qsizetype(key.size())));
}

// One pass over the bytes that follows only what the check needs: where objects and arrays open and close,
// where strings are and which of them are keys. Anything else is the parser's to judge.
class StrictChecker
{
public:
    StrictChecker(QByteArrayView json, const QString &sourceName, int maxDepth, QByteArrayView captureKey,
                  StringSpan *captured)
        : m_data(json.data())
        , m_size(json.size())
        , m_sourceName(sourceName)
        , m_maxDepth(maxDepth)
        , m_captureKey(captureKey.data(), size_t(captureKey.size()))
        , m_captured(captured)
    {}

    Status run()
    {
        for (qsizetype i = 0; i < m_size; ++i) {
            const char c = m_data[i];
            switch (c) {
            case '{':
            case '[':
                m_capturePending = false;
                if (int(m_stack.size()) >= m_maxDepth)
                    return Error{tooDeep(m_sourceName, m_maxDepth)};
                m_stack.push_back(Level{c == '{', c == '{', {}});
                break;
            case '}':
            case ']':
                if (m_stack.empty())
                    return Done{}; // a syntax error: the parser reports it
                m_stack.pop_back();
                break;
            case ',':
                if (!m_stack.empty() && m_stack.back().isObject)
                    m_stack.back().expectKey = true;
                break;
            case '"':
                if (const Status stop = string(i); !stop || i >= m_size)
                    return stop;
                break;
            case ':':
            case ' ':
            case '\t':
            case '\n':
            case '\r':
                break;
            default:
                m_capturePending = false;
                break;
            }
        }
        return Done{};
    }

private:
    struct Level {
        bool isObject;
        bool expectKey; // in an object: the next string is a key
        KeySet keys;
    };

    // The string whose opening quote is at `i`; leaves `i` at its closing quote, or at the end when there is
    // none (the parser reports that).
    Status string(qsizetype &i)
    {
        const qsizetype start = i + 1;
        bool escaped = false;
        i = endOfString(start, escaped);
        if (i >= m_size)
            return Done{};
        const std::string_view raw(m_data + start, size_t(i - start));
        if (m_capturePending) {
            m_capturePending = false;
            if (m_stack.size() == 1)
                *m_captured = StringSpan{start, i};
            return Done{};
        }
        if (!m_stack.empty() && m_stack.back().isObject && m_stack.back().expectKey)
            return key(raw, escaped);
        return Done{};
    }

    // Where the string that starts at `pos` ends (its closing quote, or the end of the bytes). Locals only in
    // the loop: an envelope's payload is one string of tens of MiB.
    qsizetype endOfString(qsizetype pos, bool &escaped) const
    {
        const char *data = m_data;
        const qsizetype size = m_size;
        for (; pos < size; ++pos) {
            if (data[pos] == '\\') {
                escaped = true;
                ++pos;
            } else if (data[pos] == '"') {
                break;
            }
        }
        return pos;
    }

    // A key of the innermost object, which must not have it already.
    Status key(std::string_view raw, bool escaped)
    {
        m_stack.back().expectKey = false;
        std::string key = escaped ? decodeEscapes(raw) : std::string(raw);
        if (!m_stack.back().keys.insert(key))
            return Error{duplicateKey(m_sourceName, key)};
        m_capturePending = m_captured && m_stack.size() == 1 && !escaped && raw == m_captureKey;
        return Done{};
    }

    const char *m_data;
    qsizetype m_size;
    const QString &m_sourceName;
    int m_maxDepth;
    std::string_view m_captureKey;
    StringSpan *m_captured;
    bool m_capturePending = false; // the last token was the wanted top-level key
    std::vector<Level> m_stack;
};

} // namespace

Status checkStrictJson(QByteArrayView json, const QString &sourceName, int maxDepth)
{
    return checkStrictJson(json, sourceName, maxDepth, {}, nullptr);
}

Status checkStrictJson(QByteArrayView json, const QString &sourceName, int maxDepth,
                       QByteArrayView captureKey, StringSpan *captured)
{
    return StrictChecker(json, sourceName, maxDepth, captureKey, captured).run();
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

} // namespace kring::json
