// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The key commands of kring-publisher (docs/command-line.md): the key folder, root versions, contact keys,
// certificates and their revocation, the server's folder. Each returns the exit status: 0 success, 1 input
// rejected, 2 usage error.
int runInit(const QStringList &arguments);
int runRotateRoot(const QStringList &arguments);
int runContactKey(const QStringList &arguments);
int runCertify(const QStringList &arguments);
int runRevoke(const QStringList &arguments);
int runServerKeys(const QStringList &arguments);
