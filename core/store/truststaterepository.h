// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "result.h"
#include "trust/truststate.h"

namespace kring {

// The trust state in the encrypted store: read back before every verification, written in the caller's
// transaction when one is open, so it is stored together with the data it vouches for.
class TrustStateRepository : public trust::TrustStateStore
{
public:
    explicit TrustStateRepository(Database &database)
        : m_database(database)
    {}

    // The empty state before the first verified feed.
    [[nodiscard]] Result<trust::TrustState> load() const override;
    [[nodiscard]] Status save(const trust::TrustState &state) override;

private:
    Database &m_database;
};

} // namespace kring
