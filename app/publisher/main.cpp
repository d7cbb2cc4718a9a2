// SPDX-License-Identifier: GPL-3.0-or-later
// kring-publisher: keys, certificates, the signed feed and the field's formats, for the network team.
#include "commands.h"
#include "terminaltext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int exitUsage = 2;

void printHelp(FILE *out)
{
    std::fprintf(out, "Usage: kring-publisher COMMAND [OPTIONS]\n\nCommands:\n");
    for (const PublisherCommand &command : publisherCommands()) {
        std::fprintf(out, "  %-21s %s%s\n", command.name, command.summary,
                     command.run ? "" : " (not built yet)");
        std::fprintf(out, "  %-21s   %s %s\n", "", command.name, command.synopsis);
    }
    std::fprintf(out, "\nExit status: 0 success, 1 input rejected or invalid, 2 usage error.\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kring-publisher"));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printHelp(stderr);
        return exitUsage;
    }
    const QString name = arguments.takeFirst();
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printHelp(stdout);
        return 0;
    }
    const auto commands = publisherCommands();
    const auto command =
        std::find_if(commands.begin(), commands.end(), [&](const PublisherCommand &candidate) {
            return name == QLatin1StringView(candidate.name);
        });
    if (command == commands.end()) {
        printTerminalLine(
            stderr,
            QStringLiteral("kring-publisher: unknown command '%1' (see kring-publisher --help)").arg(name));
        return exitUsage;
    }
    if (!command->run) {
        std::fprintf(stderr, "kring-publisher: '%s' is not built yet in this version\n", command->name);
        return exitUsage;
    }
    return command->run(arguments);
}
