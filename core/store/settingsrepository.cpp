// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsrepository.h"

namespace kring {

Result<std::optional<QString>> SettingsRepository::value(const QString &key)
{
    Result<Statement> query = m_database.prepare("SELECT value FROM settings WHERE key = ?;");
    if (!query)
        return Error{query.error()};
    query.value().bind(1, key);
    const Result<bool> row = query.value().step();
    if (!row)
        return Error{row.error()};
    return row.value() ? std::optional<QString>(query.value().text(0)) : std::nullopt;
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    Result<Statement> statement =
        m_database.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?);");
    if (!statement)
        return Error{statement.error()};
    statement.value().bind(1, key).bind(2, value);
    return statement.value().run();
}

Status SettingsRepository::remove(const QString &key)
{
    Result<Statement> statement = m_database.prepare("DELETE FROM settings WHERE key = ?;");
    if (!statement)
        return Error{statement.error()};
    statement.value().bind(1, key);
    return statement.value().run();
}

Result<QHash<QString, QString>> SettingsRepository::withPrefix(const QString &prefix)
{
    Result<Statement> query =
        m_database.prepare("SELECT key, value FROM settings WHERE substr(key, 1, length(?1)) = ?1;");
    if (!query)
        return Error{query.error()};
    query.value().bind(1, prefix);
    QHash<QString, QString> values;
    for (;;) {
        const Result<bool> row = query.value().step();
        if (!row)
            return Error{row.error()};
        if (!row.value())
            return values;
        values.insert(query.value().text(0), query.value().text(1));
    }
}

} // namespace kring
