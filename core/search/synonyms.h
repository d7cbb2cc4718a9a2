// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>

namespace kring {

// Everyday words people type, each with the words of the directory it should also find (folded).
// The list is documented in docs/search.md; the directory's theme keywords add to it.
[[nodiscard]] const QHash<QString, QStringList> &everydaySynonyms();

} // namespace kring
