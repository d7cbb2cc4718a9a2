// SPDX-License-Identifier: GPL-3.0-or-later
// The feed's payload parsers (root, snapshot, revocations, announcements file, directory, a whole feed),
// reached past the signature by signing the fuzz input with the fixed keys, and a stored trust state. The
// first byte picks the target.
#include "feed/feedverifier.h"
#include "fuzzsupport.h"
#include "trust/revocations.h"
#include "trust/snapshot.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kring;
    if (size < 1)
        return 0;
    const QByteArray payload(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QString name = QStringLiteral("fuzz");
    const trust::KeyPair rootKey = fuzz::fixedKey('r');
    switch (data[0] % 7) {
    case 0: {
        const QByteArray root = fuzz::signedEnvelope(trust::SignedType::Root, payload, rootKey);
        (void)trust::verifyPinnedRoot(root, name);
        (void)trust::verifyNextRoot(fuzz::fixedRoot(), root, name);
        break;
    }
    case 1:
        (void)trust::verifySnapshot(
            fuzz::signedEnvelope(trust::SignedType::Snapshot, payload, fuzz::fixedKey('f')),
            fuzz::fixedRoot(), name);
        break;
    case 2:
        (void)trust::verifyRevocations(fuzz::signedEnvelope(trust::SignedType::Revocations, payload, rootKey),
                                       fuzz::fixedRoot(), name);
        break;
    case 3:
        (void)feed::parseAnnouncementsFile(payload, name);
        break;
    case 4:
        (void)trust::verifyCertificate(fuzz::signedEnvelope(trust::SignedType::Certificate, payload, rootKey),
                                       fuzz::fixedRoot(), name);
        break;
    case 5: {
        // A stored trust state (as the store keeps it) from which the chain continues.
        const QByteArray pinned =
            fuzz::signedEnvelope(trust::SignedType::Root, trust::rootPayload(fuzz::fixedRoot()), rootKey);
        const auto state = trust::TrustState::fromJson(payload, name);
        if (state) {
            (void)state.value().belongsTo(pinned);
            (void)state.value().isFresh(fuzz::fixedNow());
            (void)feed::verifyFeed(feed::MemoryFeedSource({{QStringLiteral("root/1.json"), pinned}}), pinned,
                                   state.value(), fuzz::fixedNow());
        }
        break;
    }
    default: {
        // A whole feed whose snapshot is the fuzz input, signed by the feed key.
        const QByteArray pinned =
            fuzz::signedEnvelope(trust::SignedType::Root, trust::rootPayload(fuzz::fixedRoot()), rootKey);
        const feed::MemoryFeedSource source(
            {{QStringLiteral("snapshot.json"),
              fuzz::signedEnvelope(trust::SignedType::Snapshot, payload, fuzz::fixedKey('f'))},
             {QStringLiteral("root/1.json"), pinned}});
        (void)feed::verifyFeed(source, pinned, {}, fuzz::fixedNow());
        break;
    }
    }
    return 0;
}
