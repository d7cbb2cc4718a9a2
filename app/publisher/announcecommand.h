// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The announce command of kring-publisher (docs/command-line.md); returns the exit status: 0 success, 1 input
// rejected, 2 usage error.
int runAnnounce(const QStringList &arguments);
