// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"

#include <QStringList>

namespace kring {

// A theme groups are listed under ("rouw", "verslaving-alcohol").
struct Theme {
    QString id;
    LocalizedText name;
    QString category;
    // Everyday words that should find this theme ("drank" for alcohol).
    QStringList keywords;

    bool operator==(const Theme &) const = default;
};

} // namespace kring
