// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// kring-publisher occurrences (CLI.md).
int runOccurrences(const QStringList &arguments);
