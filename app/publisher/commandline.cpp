// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <cstdio>

CommandLine::CommandLine(QString command, const QStringList &arguments,
                         std::initializer_list<const char *> options)
    : m_command(std::move(command))
{
    QStringList known;
    for (const char *option : options)
        known.append(QLatin1String(option));
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(u"--") || argument == u"--") {
            m_positional.append(argument);
            continue;
        }
        if (!known.contains(argument)) {
            m_problem = QStringLiteral("unknown option %1").arg(argument);
            return;
        }
        if (i + 1 >= arguments.size()) {
            m_problem = QStringLiteral("%1 needs a value").arg(argument);
            return;
        }
        m_values[argument] = arguments.at(++i);
    }
}

QString CommandLine::value(const char *option) const
{
    const auto found = m_values.find(QLatin1String(option));
    return found == m_values.end() ? QString() : found->second;
}

int CommandLine::usageError(const QString &problem) const
{
    std::fprintf(stderr, "kring-publisher %s: %s (see kring-publisher --help)\n", qPrintable(m_command),
                 qPrintable(problem.isEmpty() ? m_problem : problem));
    return 2;
}

int CommandLine::reject(const QString &problem) const
{
    std::fprintf(stderr, "kring-publisher %s: %s\n", qPrintable(m_command), qPrintable(problem));
    return 1;
}
