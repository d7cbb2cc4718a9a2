// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The feed commands of kring-publisher (docs/command-line.md): build, sign-directory and verify. Each returns
// the exit status: 0 success, 1 input rejected, 2 usage error.
int runBuild(const QStringList &arguments);
int runSignDirectory(const QStringList &arguments);
int runVerify(const QStringList &arguments);
