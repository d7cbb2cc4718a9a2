// SPDX-License-Identifier: GPL-3.0-or-later
// Envelope and strict JSON parsing of untrusted bytes, then a signature check against a fixed role.
#include "fuzzsupport.h"
#include "json/strictjson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kring;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)json::checkStrictJson(bytes, QStringLiteral("fuzz"));
    const auto envelope = trust::parseEnvelope(bytes, QStringLiteral("fuzz"), 1 << 20);
    if (envelope.ok()) {
        (void)trust::checkSignatures(envelope.value(), trust::SignedType::Snapshot, fuzz::fixedRoot().feed,
                                     QStringLiteral("fuzz"));
        (void)trust::serializeEnvelope(envelope.value());
    }
    return 0;
}
