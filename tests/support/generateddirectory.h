// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// A large, valid kring-directory/1 document generated deterministically, for load tests and benchmarks:
// `meetings` online meetings in groups of ten; `generation` changes every name, so two generations differ.
namespace GeneratedDirectory {

inline QByteArray make(int meetings, qint64 generation)
{
    const QByteArray gen = QByteArray::number(generation);
    QByteArray json;
    json.reserve(qsizetype(meetings) * 220);
    json += "{\"format\":\"kring-directory/1\",\"groups\":[";
    constexpr int perGroup = 10;
    const int groups = (meetings + perGroup - 1) / perGroup;
    for (int g = 0; g < groups; ++g) {
        const QByteArray group = QByteArray::number(g);
        if (g > 0)
            json += ',';
        json += "{\"id\":\"g-" + group + "\",\"name\":\"Lotgenotengroep " + group + " (generatie " + gen +
                ")\",\"meetings\":[";
        for (int m = 0; m < perGroup && g * perGroup + m < meetings; ++m) {
            const QByteArray meeting = group + '-' + QByteArray::number(m);
            if (m > 0)
                json += ',';
            json += "{\"id\":\"m-" + meeting +
                    "\",\"attendance\":\"online\",\"online\":{\"url\":\"https://example.org/" + gen + '/' +
                    meeting + "\"},\"timezone\":\"Europe/Amsterdam\",\"start\":\"2026-01-0" +
                    QByteArray::number(5 + m % 5) + "T19:30\",\"rrule\":\"FREQ=WEEKLY\"}";
        }
        json += "]}";
    }
    json += "]}\n";
    return json;
}

} // namespace GeneratedDirectory
