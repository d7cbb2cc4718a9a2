// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The trust commands of kring-publisher (docs/command-line.md): keys, certificates, announcements, the signed
// feed. Each returns the exit status: 0 success, 1 input rejected, 2 usage error.
int runInit(const QStringList &arguments);
int runRotateRoot(const QStringList &arguments);
int runContactKey(const QStringList &arguments);
int runCertify(const QStringList &arguments);
int runRevoke(const QStringList &arguments);
int runAnnounce(const QStringList &arguments);
int runBuild(const QStringList &arguments);
int runSignDirectory(const QStringList &arguments);
int runSignNews(const QStringList &arguments);
int runServerKeys(const QStringList &arguments);
int runVerify(const QStringList &arguments);
