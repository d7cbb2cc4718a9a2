// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <map>

// The arguments of one kring-publisher command: "--name value" options, "--name" flags and positional
// arguments. Names are given without the dashes.
class CommandLine
{
public:
    CommandLine(QString command, const QStringList &arguments, std::initializer_list<const char *> options,
                std::initializer_list<const char *> flags = {});

    [[nodiscard]] bool ok() const { return m_problem.isEmpty(); }
    [[nodiscard]] bool has(const char *name) const { return m_values.count(QLatin1String(name)) > 0; }
    [[nodiscard]] QString value(const char *name) const;
    [[nodiscard]] const QStringList &positional() const { return m_positional; }

    // Whether every one of `names` was given; if not, the first one missing is the problem.
    bool require(std::initializer_list<const char *> names);
    // Whether no positional argument was given; if one was, that is the problem.
    bool requireNoPositional();

    // Prints the problem (or `problem`) and the usage hint on stderr; returns exit status 2.
    int usageError(const QString &problem = {}) const;
    // Prints "kring-publisher COMMAND: problem" on stderr; returns exit status 1.
    int reject(const QString &problem) const;

private:
    QString m_command;
    QString m_problem;
    std::map<QString, QString> m_values; // by name without dashes; empty for flags
    QStringList m_positional;
};
