// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

// kring-publisher diff and status (docs/command-line.md): what the team reviews before signing, and what
// needs the team soon.
int runDiff(const QStringList &arguments);
int runStatus(const QStringList &arguments);

// The changes from the directory `before` to `after` (payloads as signed), one line each on stderr: what
// `build` shows of what it signed. Nothing when `before` is empty (the first build).
void printChangeSummary(const QByteArray &before, const QByteArray &after);
