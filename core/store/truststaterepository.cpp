// SPDX-License-Identifier: GPL-3.0-or-later
#include "truststaterepository.h"

namespace kring {

Result<trust::TrustState> TrustStateRepository::load() const
{
    Result<Statement> query = m_database.prepare("SELECT state FROM trust WHERE id = 1;");
    if (!query)
        return Error{query.error()};
    const Result<bool> row = query.value().step();
    if (!row)
        return Error{row.error()};
    if (!row.value())
        return trust::TrustState{};
    Result<trust::TrustState> state = trust::TrustState::fromJson(query.value().blob(0), m_database.path());
    if (!state)
        return Error{Database::describe(StoreProblem::Damaged, m_database.path())};
    return state;
}

Status TrustStateRepository::save(const trust::TrustState &state)
{
    Result<Statement> statement =
        m_database.prepare("INSERT OR REPLACE INTO trust (id, state) VALUES (1, ?);");
    if (!statement)
        return Error{statement.error()};
    statement.value().bindBlob(1, state.toJson());
    return statement.value().run();
}

} // namespace kring
