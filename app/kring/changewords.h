// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "follow/followedchanges.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What changed for a followed group, in plain words for its row on Mijn groepen ("Nieuw: bijeenkomst van
// di 8 december gaat niet door", "De tijden zijn veranderd").
class ChangeWords
{
    Q_DECLARE_TR_FUNCTIONS(ChangeWords)

public:
    // One line per change, in `language` for the dates ("nl" or "en").
    [[nodiscard]] static QString line(const kring::FollowedChanges::Change &change, const QString &language);
    // The lines of one group's changes, at most three, then how many more there are.
    [[nodiscard]] static QString lines(const QList<kring::FollowedChanges::Change> &changes,
                                       const QString &language);
};
