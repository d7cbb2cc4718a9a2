// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

namespace kring::trust {

// Where kring_assets puts the pinned root (the DEMO root, or -DKRING_TRUST_ROOT=FILE) and, with the demo root
// only, the signed demo feed: pass them to feed::verifyFeed with a feed::DirectoryFeedSource.
inline constexpr QLatin1StringView bundledRootPath{":/kring/trust/root.json"};
inline constexpr QLatin1StringView bundledFeedPath{":/kring/trust/feed"};

} // namespace kring::trust
