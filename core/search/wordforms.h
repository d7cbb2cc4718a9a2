// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kring {

// The stem of a folded Dutch word, by a few suffix rules (docs/search.md, "Word forms"), so that forms of one
// word meet: drinkt, drinken, drinker -> drink; somberheid -> somber; piekert, piekeren -> piek. Applied to
// the words of the index and to the words typed alike, so a rule that cuts too much cuts both the same way.
// Words of fewer than five letters, and words with digits, are their own stem.
[[nodiscard]] QString wordStem(QStringView folded);

// The edit distance (insert, delete, replace, swap two neighbours) between `a` and `b` when it is at most
// `limit`; limit + 1 otherwise.
[[nodiscard]] int editDistance(QStringView a, QStringView b, int limit);

} // namespace kring
