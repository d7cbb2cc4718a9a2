// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

namespace kring::MeetingGuide {

struct Import {
    Directory directory;
    int meetings = 0;    // Meeting Guide entries imported
    QStringList skipped; // one line per entry left out: which entry and why
    QStringList notKept; // one line per field of the feed that the directory does not hold, with a count
};

// Meeting Guide JSON (an array of meetings, as the AA app and 12 Step Meeting List publish it) as a Kring
// directory. `defaultZone` is the IANA zone of entries without "timezone". One bad entry is skipped with a
// reason; only a document that is not a JSON array of objects fails. Rules: docs/interop.md.
[[nodiscard]] Result<Import> importJson(const QByteArray &json, const QString &defaultZone);

struct Export {
    QByteArray json;     // the Meeting Guide array, one entry per weekday a meeting is held
    QStringList leftOut; // one line per thing the format cannot say
};

// The weekly meetings of `directory` as Meeting Guide JSON; paused meetings are kept with type TC.
[[nodiscard]] Export exportJson(const Directory &directory);

// A Kring id (^[a-z0-9._-]{1,64}$) made of any text; empty when nothing usable is left.
[[nodiscard]] QString idFrom(const QString &text);

// Text without HTML tags and entities, with <br> and </p> as line breaks.
[[nodiscard]] QString plainText(const QString &html);

} // namespace kring::MeetingGuide
