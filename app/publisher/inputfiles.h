// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "directory/directory.h"

#include <QByteArray>

#include <optional>

// Reading the files a command is given; on failure each has printed why (CommandLine::reject).
std::optional<QByteArray> readInputFile(const CommandLine &line, const QString &path);
// A Kring directory file, read within the size apps accept and checked as the app checks it.
std::optional<kring::Directory> readDirectoryFile(const CommandLine &line, const QString &path);
