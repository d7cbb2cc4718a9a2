// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "result.h"

#include <QHash>

#include <optional>

namespace kring {

// The person's settings as key/value text.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &database)
        : m_database(database)
    {}

    [[nodiscard]] Result<std::optional<QString>> value(const QString &key);
    [[nodiscard]] Status setValue(const QString &key, const QString &value);
    [[nodiscard]] Status remove(const QString &key);
    // Every key that starts with `prefix`, with its value.
    [[nodiscard]] Result<QHash<QString, QString>> withPrefix(const QString &prefix);

private:
    Database &m_database;
};

} // namespace kring
