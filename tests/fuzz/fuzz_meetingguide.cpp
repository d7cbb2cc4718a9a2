// SPDX-License-Identifier: GPL-3.0-or-later
// The Meeting Guide import (outside input: any feed a network downloads), and the export of what it imported.
// The first byte picks the default time zone, so entries without "timezone" are also reached.
#include "interop/meetingguide.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kring;
    if (size < 1)
        return 0;
    const QByteArray json(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QString zone = data[0] % 2 ? QStringLiteral("Europe/Amsterdam") : QString();
    const auto imported = MeetingGuide::importJson(json, zone);
    if (imported) {
        const auto exported = MeetingGuide::exportJson(imported.value().directory);
        (void)MeetingGuide::importJson(exported.json, zone);
    }
    (void)MeetingGuide::plainText(QString::fromUtf8(json));
    (void)MeetingGuide::idFrom(QString::fromUtf8(json));
    return 0;
}
