// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "result.h"

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

private:
    Database &m_database;
};

} // namespace kring
