// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// kring-publisher search DIRECTORY [--text T] [--near PLACE|POSTCODE|LAT,LON] [--day mon..sun] [--limit N]
// [--now ISO8601]: what people will find, best first, one JSON object per line.
int runSearch(const QStringList &arguments);
