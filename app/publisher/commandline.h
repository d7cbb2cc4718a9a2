// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>

// The options of one kring-publisher command, with the contract's exit statuses and one-line messages.
class CommandLine
{
public:
    static constexpr int rejected = 1;
    static constexpr int usageError = 2;

    explicit CommandLine(QString command);

    void addOption(const QString &name, const QString &valueName = {});
    // Parses `arguments` (after the command name); false after printing a usage error.
    [[nodiscard]] bool parse(const QStringList &arguments, qsizetype positionalCount);

    [[nodiscard]] bool isSet(const QString &name) const { return m_parser.isSet(name); }
    [[nodiscard]] QString value(const QString &name) const { return m_parser.value(name); }
    [[nodiscard]] QString positional(qsizetype index) const
    {
        return m_parser.positionalArguments().value(index);
    }

    // Prints "kring-publisher COMMAND: message" on stderr and returns the status to exit with.
    int reject(const QString &message) const;
    int usage(const QString &message) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
};
