// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

#include <optional>
#include <string>
#include <string_view>

// The low-level pieces of JSON text that the strict check, the flat tree and the readers of signed files
// share: hex digits, "\u" escapes and their surrogate pairs, UTF-8.
namespace kring::json {

// 0-15 for a hex digit of either case, -1 for anything else.
[[nodiscard]] constexpr int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

[[nodiscard]] constexpr bool isHighSurrogate(char32_t code)
{
    return code >= 0xD800 && code <= 0xDBFF;
}
[[nodiscard]] constexpr bool isLowSurrogate(char32_t code)
{
    return code >= 0xDC00 && code <= 0xDFFF;
}
[[nodiscard]] constexpr bool isSurrogate(char32_t code)
{
    return code >= 0xD800 && code <= 0xDFFF;
}

// The UTF-16 code unit of the four hex digits that start `digits` (what follows "\u"), or -1 when fewer than
// four hex digits are there.
[[nodiscard]] constexpr int codeUnitOfHex(std::string_view digits)
{
    if (digits.size() < 4)
        return -1;
    int code = 0;
    for (size_t i = 0; i < 4; ++i) {
        const int digit = hexDigitValue(digits[i]);
        if (digit < 0)
            return -1;
        code = code * 16 + digit;
    }
    return code;
}

// `code` as UTF-8 at the end of `out`; a lone surrogate is written as its three bytes, as given.
void appendUtf8(std::string &out, char32_t code);

// The text of a JSON string between its quotes with the escapes decoded, as UTF-8. "\uD83D\uDE00" is one
// character; a lone surrogate is kept as its code unit. What is not JSON is left for the parser to report:
// an unknown letter after a backslash stands for itself, a backslash at the end or "\u" without four hex
// digits is kept as written.
[[nodiscard]] std::string decodeEscapes(std::string_view raw);

// The bytes of `text` when it is exactly `size` bytes as lowercase hex (2 * size digits), as Kring writes
// key ids and digests; nothing otherwise.
[[nodiscard]] std::optional<QByteArray> bytesOfLowercaseHex(QStringView text, qsizetype size);

} // namespace kring::json
