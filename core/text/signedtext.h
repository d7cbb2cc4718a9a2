// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kring {

enum class LineBreaks { Refused, Allowed };

// C0 controls (U+0000-U+001F), DEL and the C1 controls (U+0080-U+009F).
[[nodiscard]] constexpr bool isControlCharacter(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

// The characters that change the order in which text is shown: embeddings, overrides, isolates and the marks
// (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C).
[[nodiscard]] constexpr bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
           c == 0x061C;
}

// What is wrong with `text` as signed text (rule 12 of docs/trust.md): a control character (a line feed is
// one only where `lineBreaks` refuses it) or a bidirectional control; empty when nothing is.
[[nodiscard]] QString signedTextProblem(QStringView text, LineBreaks lineBreaks = LineBreaks::Refused);

} // namespace kring
