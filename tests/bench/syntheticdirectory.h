// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"

// A deterministic directory of about `meetingCount` meetings spread over NL and BE, shaped like the demo
// directory (themes with keywords, venues in towns, weekly / every-n-weeks / monthly rules, some online).
[[nodiscard]] kring::Directory generateDirectory(int meetingCount, quint32 seed = 20261122);
