// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "group.h"
#include "theme.h"
#include "venue.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace kring {

// One complete, validated snapshot of the network's directory. A value: copy it, compare it, replace it
// whole.
class Directory
{
public:
    Directory() = default;
    Directory(QList<Theme> themes, QList<Venue> venues, QList<Group> groups);

    QString networkName;
    QString networkWebsite;
    // How people reach the network's staff, who refer them to a group ("Vraag het netwerk").
    QString networkPhone;
    QString networkEmail;
    // The texts groups without their own read aloud (the network's "meeting_texts"); may be empty.
    MeetingTexts meetingTexts;
    QDate updated;
    qint64 version = 0; // the signed version, 1 to 2^52, higher for every change; 0: not given

    [[nodiscard]] const QList<Theme> &themes() const { return m_themes; }
    [[nodiscard]] const QList<Venue> &venues() const { return m_venues; }
    [[nodiscard]] const QList<Group> &groups() const { return m_groups; }

    [[nodiscard]] const Theme *theme(const QString &id) const;
    [[nodiscard]] const Venue *venue(const QString &id) const;
    [[nodiscard]] const Group *group(const QString &id) const;

    [[nodiscard]] qsizetype meetingCount() const;
    // What `group` reads aloud: its own texts, each missing part taken from the network's.
    [[nodiscard]] MeetingTexts meetingTextsOf(const Group &group) const
    {
        return group.meetingTexts.orDefaults(meetingTexts);
    }
    // The town a group meets in: its first meeting with a venue, or empty for online-only groups.
    [[nodiscard]] QString townOf(const Group &group) const;

    bool operator==(const Directory &other) const;

private:
    void index();

    QList<Theme> m_themes;
    QList<Venue> m_venues;
    QList<Group> m_groups;
    QHash<QString, qsizetype> m_themeIndex;
    QHash<QString, qsizetype> m_venueIndex;
    QHash<QString, qsizetype> m_groupIndex;
};

} // namespace kring
