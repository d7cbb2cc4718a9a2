// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

namespace kring::json {

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

namespace {

// The character of the one-letter escape `letter` ("\n" and the like), or 0 when it is not one.
char simpleEscape(char letter)
{
    switch (letter) {
    case '"':
    case '\\':
    case '/':
        return letter;
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    default:
        return 0;
    }
}

// Decodes the "\uXXXX" escape at the start of `rest` (and the low surrogate escaped right after a high one)
// onto `out`; how many bytes it took, or 0 when `rest` does not start with one.
size_t decodeUnicodeEscape(std::string_view rest, std::string &out)
{
    if (rest.size() < 6 || rest[1] != 'u')
        return 0;
    const int unit = codeUnitOfHex(rest.substr(2));
    if (unit < 0)
        return 0;
    char32_t code = char32_t(unit);
    size_t taken = 6;
    if (isHighSurrogate(code) && rest.size() >= 12 && rest[6] == '\\' && rest[7] == 'u') {
        const int low = codeUnitOfHex(rest.substr(8));
        if (low >= 0 && isLowSurrogate(char32_t(low))) {
            code = 0x10000 + ((code - 0xD800) << 10) + (char32_t(low) - 0xDC00);
            taken = 12;
        }
    }
    appendUtf8(out, code);
    return taken;
}

} // namespace

std::string decodeEscapes(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    size_t i = 0;
    while (i < raw.size()) {
        const size_t escape = raw.find('\\', i);
        out.append(raw.substr(i, escape == std::string_view::npos ? escape : escape - i));
        if (escape == std::string_view::npos)
            break;
        const std::string_view rest = raw.substr(escape);
        if (const char simple = rest.size() >= 2 ? simpleEscape(rest[1]) : 0) {
            out.push_back(simple);
            i = escape + 2;
        } else if (const size_t taken = decodeUnicodeEscape(rest, out)) {
            i = escape + taken;
        } else if (rest.size() >= 2 && rest[1] != 'u') {
            out.push_back(rest[1]); // an unknown letter stands for itself
            i = escape + 2;
        } else {
            out.push_back('\\'); // a backslash at the end, or "\u" without four hex digits: kept as written
            i = escape + 1;
        }
    }
    return out;
}

std::optional<QByteArray> bytesOfLowercaseHex(QStringView text, qsizetype size)
{
    if (text.size() != 2 * size)
        return std::nullopt;
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        const QChar high = text[2 * i];
        const QChar low = text[2 * i + 1];
        const auto isLowercaseHex = [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        };
        if (!isLowercaseHex(high) || !isLowercaseHex(low))
            return std::nullopt;
        bytes[i] = char(hexDigitValue(char(high.unicode())) * 16 + hexDigitValue(char(low.unicode())));
    }
    return bytes;
}

} // namespace kring::json
