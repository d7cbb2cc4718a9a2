// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>

namespace kring::json {

// Deep enough for every Kring file (the directory needs 7 levels), shallow enough to stop stack exhaustion.
inline constexpr int maxJsonDepth = 32;

// Checks what QJsonDocument lets through silently: nesting deeper than `maxDepth` and an object with the same
// key twice (QJsonDocument keeps the last one). Syntax errors are left to the parser.
[[nodiscard]] Status checkStrictJson(QByteArrayView json, const QString &sourceName,
                                     int maxDepth = maxJsonDepth);

// Where the raw text of a string member of the top-level object is (between its quotes, escapes untouched).
struct StringSpan {
    qsizetype begin = -1;
    qsizetype end = -1;
    [[nodiscard]] bool found() const { return begin >= 0; }
};

// checkStrictJson that also finds the string value of the top-level member `key` in the same pass, so that
// a large member (an envelope's payload) need not go through a JSON parser.
[[nodiscard]] Status checkStrictJson(QByteArrayView json, const QString &sourceName, int maxDepth,
                                     QByteArrayView key, StringSpan *value);

// checkStrictJson, then QJsonDocument; the document must be an object.
[[nodiscard]] Result<QJsonObject> parseStrictObject(const QByteArray &json, const QString &sourceName);

} // namespace kring::json
