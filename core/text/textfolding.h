// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kring {

// Text as search compares it: lower case, no diacritics, every run of punctuation or space one space.
// "'s-Hertogenbosch" -> "s hertogenbosch", "Liège" -> "liege", "café" -> "cafe".
[[nodiscard]] QString foldText(QStringView text);

} // namespace kring
