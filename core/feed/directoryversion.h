// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"
#include "result.h"
#include "trust/rootmetadata.h"

namespace kring::feed {

// A directory as a feed publishes it: the signed payload and the version it carries (rule 11 of
// docs/trust.md).
struct PublishedDirectory {
    qint64 version = 0; // 0: none published, or one from before directories had versions
    QByteArray payload;
};

// The directory of the previous build, from its feed/directory.json (empty: none). It must be signed by the
// root keys of one of `roots` (a build before a rotation was signed with the keys of then); only its version
// is read, so that a directory published under older rules never stops the next build.
[[nodiscard]] Result<PublishedDirectory> readPublishedDirectory(const QByteArray &envelopeBytes,
                                                                const QList<trust::RootMetadata> &roots);

// `directory` serialized with the version it is signed with: the published version when nothing changed, one
// above it when something did. A version in the team's file is the lowest one taken; one below the published
// version is refused, as is a version above 2^52.
[[nodiscard]] Result<PublishedDirectory> stampDirectory(Directory directory,
                                                        const PublishedDirectory &published);

} // namespace kring::feed
