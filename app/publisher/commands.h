// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <functional>
#include <span>

// One subcommand of kring-publisher. `run` gets the arguments after the command name and returns the exit
// status: 0 success, 1 input rejected (one line on stderr says what and where), 2 usage error.
struct PublisherCommand {
    const char *name;
    const char *synopsis;
    const char *summary;
    std::function<int(const QStringList &arguments)> run; // empty: not built yet
};

// Every command of the contract, in the order the help lists them.
[[nodiscard]] std::span<const PublisherCommand> publisherCommands();
