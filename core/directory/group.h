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

// What joining costs (kring-directory/1 "cost"); Unknown: not given.
enum class Cost { Unknown, Free, Donation, Fee, Membership };
// Whether a newcomer can just walk in or gets in touch first ("first_visit").
enum class FirstVisit { Unknown, WalkIn, CallFirst };
// An open group takes newcomers at any meeting; a closed one is a fixed circle joined by arrangement
// ("group_type").
enum class GroupType { Unknown, Open, Closed };
// Who leads the meetings ("led_by"): people with the experience themselves (volunteers), or they with a
// professional beside them.
enum class Leadership { Unknown, Peers, PeersWithProfessional };
// Groups meant for some people only ("target_groups"), as bits; none: everyone.
enum TargetGroup : quint8 { Women = 1, Men = 2, YoungPeople = 4, Lgbtq = 8 };

// What a group reads aloud at its meetings ("meeting_texts"): an opening, the agreements everyone keeps, a
// closing. Written by the group itself; each part may be missing.
struct MeetingTexts {
    LocalizedText opening;
    QList<LocalizedText> agreements;
    LocalizedText closing;

    [[nodiscard]] bool isEmpty() const
    {
        return opening.isEmpty() && agreements.isEmpty() && closing.isEmpty();
    }
    // These texts, with each missing part taken from `defaults` (the network's).
    [[nodiscard]] MeetingTexts orDefaults(const MeetingTexts &defaults) const
    {
        return {opening.isEmpty() ? defaults.opening : opening,
                agreements.isEmpty() ? defaults.agreements : agreements,
                closing.isEmpty() ? defaults.closing : closing};
    }
    bool operator==(const MeetingTexts &) const = default;
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
    // What a first-timer wants to know before going.
    Cost cost = Cost::Unknown;
    LocalizedText costNote; // "€ 2 per keer voor koffie en thee"
    FirstVisit firstVisit = FirstVisit::Unknown;
    GroupType groupType = GroupType::Unknown;
    LocalizedText howToJoin; // "Na een kennismakingsgesprek kun je twee keer op proef meedoen."
    Leadership ledBy = Leadership::Unknown;
    quint8 targetGroups = 0; // TargetGroup bits
    // Read aloud at the meetings (the meeting kit); the network's texts stand in for missing parts.
    MeetingTexts meetingTexts;

    bool operator==(const Group &) const = default;
};

} // namespace kring
