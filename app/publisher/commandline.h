// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <map>

// The arguments of one kring-publisher command: `--name value` options and positional arguments.
class CommandLine
{
public:
    CommandLine(QString command, const QStringList &arguments, std::initializer_list<const char *> options);

    [[nodiscard]] bool ok() const { return m_problem.isEmpty(); }
    [[nodiscard]] bool has(const char *option) const { return m_values.count(QLatin1String(option)) > 0; }
    [[nodiscard]] QString value(const char *option) const;
    [[nodiscard]] const QStringList &positional() const { return m_positional; }

    // Prints the problem (or `problem`) and the usage hint on stderr; returns exit status 2.
    int usageError(const QString &problem = {}) const;
    // Prints "kring-publisher COMMAND: problem" on stderr; returns exit status 1.
    int reject(const QString &problem) const;

private:
    QString m_command;
    QString m_problem;
    std::map<QString, QString> m_values;
    QStringList m_positional;
};
