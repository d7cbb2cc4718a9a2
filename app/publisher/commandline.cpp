// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <cstdio>

CommandLine::CommandLine(QString command)
    : m_command(std::move(command))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void CommandLine::addOption(const QString &name, const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, QString(), valueName));
}

bool CommandLine::parse(const QStringList &arguments, qsizetype positionalCount)
{
    // QCommandLineParser skips the first argument as the program name.
    if (!m_parser.parse(QStringList{m_command} + arguments)) {
        usage(m_parser.errorText());
        return false;
    }
    if (m_parser.positionalArguments().size() != positionalCount) {
        usage(QStringLiteral("expected %1 argument(s), got %2 (see kring-publisher --help)")
                  .arg(positionalCount)
                  .arg(m_parser.positionalArguments().size()));
        return false;
    }
    return true;
}

int CommandLine::reject(const QString &message) const
{
    std::fprintf(stderr, "kring-publisher %s: %s\n", qPrintable(m_command), qPrintable(message));
    return rejected;
}

int CommandLine::usage(const QString &message) const
{
    std::fprintf(stderr, "kring-publisher %s: %s\n", qPrintable(m_command), qPrintable(message));
    return usageError;
}
