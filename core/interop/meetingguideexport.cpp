// SPDX-License-Identifier: GPL-3.0-or-later
// A Kring directory as Meeting Guide JSON.
#include "meetingguide.h"
#include "meetingguideformat.h"

#include "schedule/recurrence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace kring::MeetingGuide {
namespace {

// A plain weekly rule: every week, on one or more weekdays, without positions, months or other parts.
bool isPlainWeekly(const Recurrence::RuleParts &rule)
{
    return rule.frequency == Recurrence::Frequency::Weekly && rule.interval == 1 && rule.byMonth.isEmpty() &&
           rule.byMonthDay.isEmpty() && rule.bySetPosition.isEmpty() && !rule.hasOtherParts &&
           std::none_of(rule.byDay.cbegin(), rule.byDay.cend(),
                        [](const auto &day) { return day.position != 0; });
}

// Writes one meeting as a Meeting Guide entry; what the format cannot say goes to `leftOut`.
class EntryWriter
{
public:
    EntryWriter(const Directory &directory, const Group &group, const Venue *groupVenue,
                const Meeting &meeting, QStringList &leftOut)
        : m_directory(directory)
        , m_group(group)
        , m_groupVenue(groupVenue)
        , m_meeting(meeting)
        , m_leftOut(leftOut)
        , m_what(u"meeting "_s + meeting.id + u": "_s)
    {}

    [[nodiscard]] std::optional<QJsonObject> write();

private:
    void leaveOut(const QString &what) { m_leftOut.append(m_what + what); }
    [[nodiscard]] QJsonArray types(const Venue *venue);
    void writeVenue(const Venue &venue);
    void writeOnlineOnlyPlace();
    void writeContact();
    void writeDays(QList<int> weekdays);

    const Directory &m_directory;
    const Group &m_group;
    const Venue *m_groupVenue;
    const Meeting &m_meeting;
    QStringList &m_leftOut;
    const QString m_what;
    QJsonObject m_entry;
};

std::optional<QJsonObject> EntryWriter::write()
{
    if (!m_meeting.start.isValid()) {
        leaveOut(u"no rule, only a schedule note; not exported"_s);
        return std::nullopt;
    }
    const auto rule = Recurrence::parts(m_meeting.rrule);
    if (!rule || !isPlainWeekly(rule.value())) {
        leaveOut(u"\""_s + m_meeting.rrule +
                 u"\" is not a weekly rule; Meeting Guide only knows weekly meetings; not exported"_s);
        return std::nullopt;
    }
    if (rule.value().count > 0 || rule.value().until.isValid())
        leaveOut(u"the end of the series (COUNT/UNTIL) is left out"_s);
    if (!m_meeting.exceptionDates.isEmpty() || !m_meeting.additionalDates.isEmpty())
        leaveOut(u"exception and extra dates (EXDATE/RDATE) are left out"_s);
    if (!m_meeting.breaks.isEmpty())
        leaveOut(u"breaks are left out"_s);
    QList<int> weekdays; // 1 = Monday
    for (const auto &day : rule.value().byDay)
        weekdays.append(day.weekday);
    if (weekdays.isEmpty())
        weekdays.append(m_meeting.start.date().dayOfWeek());
    const Venue *venue = m_meeting.hasVenue() ? m_directory.venue(m_meeting.venueId) : nullptr;
    m_entry.insert("types"_L1, types(venue));
    m_entry.insert("name"_L1, m_meeting.name.isEmpty() ? m_group.name : m_meeting.name);
    m_entry.insert("time"_L1, m_meeting.start.time().toString(u"HH:mm"_s));
    m_entry.insert(
        "end_time"_L1,
        m_meeting.start.time().addSecs(qint64(m_meeting.durationMinutes) * 60).toString(u"HH:mm"_s));
    m_entry.insert("timezone"_L1, m_meeting.timeZone);
    if (m_group.meetings.size() > 1 || !m_meeting.name.isEmpty())
        m_entry.insert("group"_L1, m_group.name);
    if (venue)
        writeVenue(*venue);
    else
        writeOnlineOnlyPlace();
    if (!m_meeting.onlineUrl.isEmpty())
        m_entry.insert("conference_url"_L1, m_meeting.onlineUrl);
    if (!m_meeting.onlinePhone.isEmpty())
        m_entry.insert("conference_phone"_L1, m_meeting.onlinePhone);
    if (!m_group.summary.isEmpty())
        m_entry.insert("notes"_L1, m_group.summary.nl);
    writeContact();
    writeDays(weekdays);
    return m_entry;
}

QJsonArray EntryWriter::types(const Venue *venue)
{
    QJsonArray types;
    if (m_meeting.status == MeetingStatus::Paused)
        types.append(u"TC"_s);
    if (venue && venue->wheelchairAccessible.value_or(false))
        types.append(u"X"_s);
    // The directory's default language is not said, so a round trip adds none.
    QStringList languages = m_meeting.languages.isEmpty() ? m_group.languages : m_meeting.languages;
    if (languages == QStringList{u"nl"_s})
        languages.clear();
    for (const QString &language : languages) {
        const QString type = languageToType().value(language);
        if (!type.isEmpty())
            types.append(type);
        else
            leaveOut(u"the language \""_s + language + u"\" has no Meeting Guide type; left out"_s);
    }
    static const QRegularExpression typeCode(u"^[A-Z0-9-]{1,6}$"_s);
    for (const QString &keyword : m_group.keywords) {
        if (typeCode.match(keyword).hasMatch() && !types.contains(keyword))
            types.append(keyword);
    }
    return types;
}

void EntryWriter::writeVenue(const Venue &venue)
{
    m_entry.insert("location"_L1, venue.name);
    if (!venue.street.isEmpty())
        m_entry.insert("address"_L1, venue.street);
    m_entry.insert("city"_L1, venue.town);
    if (!venue.postcode.isEmpty())
        m_entry.insert("postal_code"_L1, venue.postcode);
    m_entry.insert("country"_L1, venue.country);
    m_entry.insert("latitude"_L1, venue.latitude);
    m_entry.insert("longitude"_L1, venue.longitude);
    QStringList formatted{venue.street, QStringList{venue.postcode, venue.town}.join(u' ').trimmed(),
                          venue.country};
    formatted.removeAll(QString());
    m_entry.insert("formatted_address"_L1, formatted.join(", "_L1));
    if (!venue.directions.isEmpty())
        m_entry.insert("location_notes"_L1, venue.directions.nl);
}

// Meeting Guide lists meetings by place, so an online-only meeting gets the town of the group's meeting
// place, else the country of its time zone, marked approximate.
void EntryWriter::writeOnlineOnlyPlace()
{
    const QString country = m_groupVenue ? m_groupVenue->country : countryOfZone(m_meeting.timeZone);
    if (m_groupVenue)
        m_entry.insert("city"_L1, m_groupVenue->town);
    if (!country.isEmpty())
        m_entry.insert("country"_L1, country);
    QStringList formatted{m_groupVenue ? m_groupVenue->town : QString(), countryName(country)};
    formatted.removeAll(QString());
    if (formatted.isEmpty())
        leaveOut(u"online only, and no town or country to list it by"_s);
    else
        m_entry.insert("formatted_address"_L1, formatted.join(", "_L1));
    m_entry.insert("approximate"_L1, u"yes"_s);
}

// The group's own channel is the meeting's contact; the service entity is the network.
void EntryWriter::writeContact()
{
    if (!m_group.contact.website.isEmpty())
        m_entry.insert("url"_L1, m_group.contact.website);
    if (!m_group.contact.email.isEmpty())
        m_entry.insert("contact_1_email"_L1, m_group.contact.email);
    if (!m_group.contact.phone.isEmpty())
        m_entry.insert("contact_1_phone"_L1, m_group.contact.phone);
    if (!m_directory.networkName.isEmpty()) {
        m_entry.insert("entity"_L1, m_directory.networkName);
        if (!m_directory.networkWebsite.isEmpty())
            m_entry.insert("entity_website_url"_L1, m_directory.networkWebsite);
    }
}

// Several weekdays: one entry with a list of days (the spec allows it), so the slug stays the id.
void EntryWriter::writeDays(QList<int> weekdays)
{
    std::sort(weekdays.begin(), weekdays.end(), [](int a, int b) { return a % 7 < b % 7; });
    m_entry.insert("slug"_L1, m_meeting.id);
    if (weekdays.size() == 1) {
        m_entry.insert("day"_L1, weekdays.first() % 7);
    } else {
        QJsonArray days;
        for (int weekday : weekdays)
            days.append(weekday % 7);
        m_entry.insert("day"_L1, days);
    }
}

} // namespace

Export exportJson(const Directory &directory)
{
    Export result;
    QJsonArray entries;
    for (const Group &group : directory.groups()) {
        const Venue *groupVenue = nullptr;
        for (const Meeting &meeting : group.meetings) {
            if (!groupVenue && meeting.hasVenue())
                groupVenue = directory.venue(meeting.venueId);
        }
        for (const Meeting &meeting : group.meetings) {
            if (const auto entry = EntryWriter(directory, group, groupVenue, meeting, result.leftOut).write())
                entries.append(*entry);
        }
    }
    result.json = QJsonDocument(entries).toJson(QJsonDocument::Indented);
    return result;
}

} // namespace kring::MeetingGuide
