// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// kring-publisher occurrences (docs/command-line.md).
int runOccurrences(const QStringList &arguments);
