// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"
#include "meeting.h"

#include <QList>
#include <QStringList>

namespace kring {

// Who a group is for: the people it concerns, their relatives (naasten, mantelzorgers), or both.
enum class Audience { Self, Relatives, Both };

struct ContactChannel {
    QString email;
    QString phone;
    QString website;

    [[nodiscard]] bool isEmpty() const { return email.isEmpty() && phone.isEmpty() && website.isEmpty(); }
    bool operator==(const ContactChannel &) const = default;
};

// A self-help group and its meetings.
struct Group {
    QString id;
    QString name;
    LocalizedText summary;
    QStringList themeIds;
    Audience audience = Audience::Self;
    QStringList keywords;
    QStringList languages{QStringLiteral("nl")};
    ContactChannel contact;
    QList<Meeting> meetings;

    bool operator==(const Group &) const = default;
};

} // namespace kring
