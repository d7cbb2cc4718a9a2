// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"
#include "nextdatesmodel.h"
#include "privacy/calendartitle.h"
#include "schedule/announcement.h"

#include <QDateTime>

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

// One group as the group page shows it.
// A link that opens Kring on a group's page: kring://g/<group id, percent-encoded>.
inline constexpr QLatin1StringView groupLinkPrefix{"kring://g/"};

class GroupDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(QString groupId READ groupId NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString themes READ themes NOTIFY changed)
    Q_PROPERTY(QString audienceText READ audienceText NOTIFY changed)
    // One line per place the group meets: "Bibliotheek Eindhoven, Emmasingel 22, Eindhoven".
    Q_PROPERTY(QStringList places READ places NOTIFY changed)
    Q_PROPERTY(QString accessibility READ accessibility NOTIFY changed)
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(QStringList scheduleNotes READ scheduleNotes NOTIFY changed)
    // One line per meeting: when it meets, in words ("elke 2e dinsdag van de maand, 19:30–21:30").
    Q_PROPERTY(QStringList schedules READ schedules NOTIFY changed)
    Q_PROPERTY(NextDatesModel *nextDates READ nextDates CONSTANT)
    // Whether any meeting has dates a calendar can hold.
    Q_PROPERTY(bool hasCalendar READ hasCalendar NOTIFY changed)
    // The title "Add to calendar" gives the meetings: the group's name or the neutral "Afspraak".
    Q_PROPERTY(QString calendarTitle READ calendarTitle NOTIFY calendarTitleChanged)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    Q_PROPERTY(QString website READ website NOTIFY changed)
    // The links the page opens: tel: (E.164 in the group's country, RFC 3966 extension) and mailto:
    // (percent-encoded); empty when the number or address is not usable, and the button is then hidden.
    Q_PROPERTY(QUrl phoneUrl READ phoneUrl NOTIFY changed)
    Q_PROPERTY(QUrl emailUrl READ emailUrl NOTIFY changed)
    Q_PROPERTY(bool canCall READ canCall NOTIFY changed)
    Q_PROPERTY(bool canMail READ canMail NOTIFY changed)
    // Whether the person follows this group (kept on the phone only).
    Q_PROPERTY(bool followed READ followed NOTIFY followedChanged)
    // Set at the first follow on this phone: the page says, once, that only this phone knows.
    Q_PROPERTY(bool followingExplained READ followingExplained NOTIFY followingExplainedChanged)
    // What a first-timer asks; each empty when the directory does not say.
    Q_PROPERTY(QString costText READ costText NOTIFY changed)
    Q_PROPERTY(QString firstVisitText READ firstVisitText NOTIFY changed)
    Q_PROPERTY(QString groupTypeText READ groupTypeText NOTIFY changed)
    Q_PROPERTY(QString howToJoin READ howToJoin NOTIFY changed)
    Q_PROPERTY(QString ledByText READ ledByText NOTIFY changed)
    Q_PROPERTY(QString languagesText READ languagesText NOTIFY changed)
    Q_PROPERTY(QString targetGroupsText READ targetGroupsText NOTIFY changed)
    // The answers above, one line each, with "you do not have to say anything" and the languages.
    Q_PROPERTY(QStringList firstTimerFacts READ firstTimerFacts NOTIFY changed)
    // Per line of `places`: the place, the room and how to find it, on lines of their own.
    Q_PROPERTY(QStringList placeDetails READ placeDetails NOTIFY changed)
    Q_PROPERTY(bool canReport READ canReport NOTIFY changed)
    // Per line of `places`: the room ("zaal 2, eerste verdieping") and how to find it; may be empty.
    Q_PROPERTY(QStringList rooms READ rooms NOTIFY changed)
    Q_PROPERTY(QStringList directions READ directions NOTIFY changed)
    // The group in a few lines, for a referrer to pass on (text and QR code).
    Q_PROPERTY(QString shareText READ shareText NOTIFY changed)
    // mailto: the network, about this group ("Klopt er iets niet?"); empty when the network has no address.
    Q_PROPERTY(QUrl reportUrl READ reportUrl NOTIFY changed)

public:
    explicit GroupDetails(QObject *parent = nullptr);

    // Shows the group `groupId` of `directory`; an unknown id shows nothing.
    void show(const std::shared_ptr<const kring::Directory> &directory, const QString &groupId,
              const QString &language);

    // Verified announcements for the group (from the feed); shown with the next dates.
    void setAnnouncements(QList<kring::Announcement> announcements);
    // The moment the next dates are counted from; invalid (the default): the system clock.
    void setNow(const QDateTime &now);

    // How the calendar title is chosen (the setting in Meer).
    void setCalendarChoice(kring::CalendarTitle::Choice choice);
    [[nodiscard]] QString calendarTitle() const;
    [[nodiscard]] bool neutralCalendar() const;
    // Writes the group's meetings as an .ics file and returns its path; empty when that fails.
    [[nodiscard]] QString writeCalendarFile() const;
    // Writes the .ics file and opens it in the calendar app. Returns false when that is not possible.
    Q_INVOKABLE bool addToCalendar();

    [[nodiscard]] QString groupId() const { return m_group.id; }
    [[nodiscard]] QString name() const { return m_group.name; }
    [[nodiscard]] QString summary() const { return m_group.summary.in(m_language); }
    [[nodiscard]] QString themes() const { return m_themes; }
    [[nodiscard]] QString audienceText() const;
    [[nodiscard]] QStringList places() const { return m_places; }
    // The route to place `index` (of places), handed to the maps app; false when it could not be opened.
    Q_INVOKABLE bool openRoute(int index) const;
    [[nodiscard]] Q_INVOKABLE QUrl routeUrl(int index) const;
    [[nodiscard]] QString accessibility() const { return m_accessibility; }
    [[nodiscard]] bool online() const { return m_online; }
    [[nodiscard]] QStringList scheduleNotes() const { return m_scheduleNotes; }
    [[nodiscard]] QStringList schedules() const { return m_schedules; }
    [[nodiscard]] NextDatesModel *nextDates() { return &m_nextDates; }
    [[nodiscard]] bool hasCalendar() const { return m_hasCalendar; }
    [[nodiscard]] QString email() const { return m_group.contact.email; }
    [[nodiscard]] QString phone() const { return m_group.contact.phone; }
    [[nodiscard]] QString website() const { return m_group.contact.website; }
    [[nodiscard]] QUrl phoneUrl() const { return m_phoneUrl; }
    [[nodiscard]] QUrl emailUrl() const { return m_emailUrl; }
    [[nodiscard]] bool canCall() const { return !m_phoneUrl.isEmpty(); }
    [[nodiscard]] bool canMail() const { return !m_emailUrl.isEmpty(); }

    // How many next dates the group page lists.
    static constexpr int nextDateCount = 5;

    [[nodiscard]] bool followed() const { return m_followed; }
    void setFollowed(bool followed);
    [[nodiscard]] bool followingExplained() const { return m_followingExplained; }
    void setFollowingExplained(bool explained);

    [[nodiscard]] QString costText() const;
    [[nodiscard]] QString firstVisitText() const;
    [[nodiscard]] QString groupTypeText() const;
    [[nodiscard]] QString howToJoin() const { return m_group.howToJoin.in(m_language); }
    [[nodiscard]] QString ledByText() const;
    [[nodiscard]] QString languagesText() const;
    [[nodiscard]] QString targetGroupsText() const;
    [[nodiscard]] QStringList firstTimerFacts() const;
    [[nodiscard]] QStringList placeDetails() const;
    [[nodiscard]] bool canReport() const { return !reportUrl().isEmpty(); }
    [[nodiscard]] QStringList rooms() const { return m_rooms; }
    [[nodiscard]] QStringList directions() const { return m_directions; }
    [[nodiscard]] QString shareText() const;
    // kring://g/<id>: opens Kring on this group (AppController::openLink).
    [[nodiscard]] QString shareLink() const;
    [[nodiscard]] QUrl reportUrl() const;
    // Copies shareText to the clipboard; false when there is none.
    Q_INVOKABLE bool copyShareText() const;
    // The person tapped follow or unfollow: AppController stores it.
    Q_INVOKABLE void toggleFollow() { Q_EMIT followToggled(m_group.id, !m_followed); }

Q_SIGNALS:
    void changed();
    void followedChanged();
    void followingExplainedChanged();
    void followToggled(const QString &groupId, bool follow);
    void calendarTitleChanged();

private:
    void updateNextDates();
    // How the page tells a group's meetings apart: its name, else its place or "Online"; empty for one
    // meeting.
    [[nodiscard]] QString meetingLabel(const kring::Meeting &meeting) const;

    std::shared_ptr<const kring::Directory> m_directory;
    kring::Group m_group;
    QList<kring::Announcement> m_announcements;
    QDateTime m_now;
    QStringList m_schedules;
    NextDatesModel m_nextDates;
    bool m_hasCalendar = false;
    kring::CalendarTitle::Choice m_calendarChoice = kring::CalendarTitle::Choice::ByTheme;
    QString m_language;
    QString m_themes;
    bool m_followed = false;
    QStringList m_places;
    QStringList m_rooms;
    QStringList m_directions;
    bool m_followingExplained = false;
    QList<QPair<double, double>> m_placePoints; // latitude, longitude of each place
    QString m_accessibility;
    bool m_online = false;
    QStringList m_scheduleNotes;
    QUrl m_phoneUrl;
    QUrl m_emailUrl;
};
