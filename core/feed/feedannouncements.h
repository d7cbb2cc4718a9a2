// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/announcement.h"
#include "trust/announcement.h"

namespace kring::feed {

// A verified announcement as the schedule applies it (every meeting of its group). Withdrawals change no
// schedule: they take the announcement they name out before it gets here (TrustState::record).
[[nodiscard]] Announcement scheduleAnnouncement(const trust::SignedAnnouncement &signedAnnouncement);

} // namespace kring::feed
