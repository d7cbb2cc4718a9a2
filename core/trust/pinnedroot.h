// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rootmetadata.h"

namespace kring::trust {

// A root as the app pins it: its bytes (for feed::verifyFeed) and what they say.
struct PinnedRoot {
    QByteArray bytes;
    RootMetadata metadata;
};

// Reads the root metadata to pin from `path` (a regular file or a resource: never a pipe or a device) and
// checks that it is a root carrying its own threshold. Anything else is an error that says what is wrong.
[[nodiscard]] Result<PinnedRoot> readPinnedRoot(const QString &path);

} // namespace kring::trust
