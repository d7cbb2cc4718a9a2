// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "terminaltext.h"

#include <algorithm>
#include <cstdio>

CommandLine::CommandLine(QString command, const QStringList &arguments,
                         std::initializer_list<const char *> options,
                         std::initializer_list<const char *> flags)
    : m_command(std::move(command))
{
    const auto named = [](std::initializer_list<const char *> names, QLatin1String name) {
        return std::any_of(names.begin(), names.end(), [&](const char *known) { return name == known; });
    };
    for (qsizetype i = 0; i < arguments.size() && m_problem.isEmpty(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(u"--") || argument == u"--") {
            m_positional.append(argument);
            continue;
        }
        const QString name = argument.mid(2);
        const QByteArray latin1 = name.toLatin1();
        const bool takesValue = named(options, QLatin1String(latin1));
        if (!takesValue && !named(flags, QLatin1String(latin1)))
            m_problem = QStringLiteral("unknown option %1").arg(argument);
        else if (m_values.count(name) > 0)
            m_problem = QStringLiteral("%1 given twice").arg(argument);
        else if (!takesValue)
            m_values[name] = QString();
        else if (i + 1 >= arguments.size())
            m_problem = QStringLiteral("%1 needs a value").arg(argument);
        else
            m_values[name] = arguments.at(++i);
    }
}

QString CommandLine::value(const char *name) const
{
    const auto found = m_values.find(QLatin1String(name));
    return found == m_values.end() ? QString() : found->second;
}

bool CommandLine::require(std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (m_problem.isEmpty() && !has(name))
            m_problem = QStringLiteral("--%1 is required").arg(QLatin1String(name));
    }
    return ok();
}

bool CommandLine::requireNoPositional()
{
    if (m_problem.isEmpty() && !m_positional.isEmpty())
        m_problem = QStringLiteral("unexpected argument '%1'").arg(m_positional.first());
    return ok();
}

int CommandLine::usageError(const QString &problem) const
{
    printTerminalLine(stderr, QStringLiteral("kring-publisher %1: %2 (see kring-publisher --help)")
                                  .arg(m_command, problem.isEmpty() ? m_problem : problem));
    return 2;
}

int CommandLine::reject(const QString &problem) const
{
    printTerminalLine(stderr, QStringLiteral("kring-publisher %1: %2").arg(m_command, problem));
    return 1;
}
