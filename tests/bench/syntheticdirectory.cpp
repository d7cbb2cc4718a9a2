// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticdirectory.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace kring;

namespace {

struct Town {
    const char *name;
    const char *country;
    double latitude;
    double longitude;
};

const Town towns[] = {
    {"Eindhoven", "NL", 51.4416, 5.4697}, {"Helmond", "NL", 51.4793, 5.6570},
    {"Veldhoven", "NL", 51.4200, 5.4050}, {"Tilburg", "NL", 51.5555, 5.0913},
    {"Breda", "NL", 51.5719, 4.7683},     {"Utrecht", "NL", 52.0907, 5.1214},
    {"Amsterdam", "NL", 52.3676, 4.9041}, {"Rotterdam", "NL", 51.9244, 4.4777},
    {"Groningen", "NL", 53.2194, 6.5665}, {"Maastricht", "NL", 50.8514, 5.6910},
    {"Zwolle", "NL", 52.5168, 6.0830},    {"Nijmegen", "NL", 51.8126, 5.8372},
    {"Antwerpen", "BE", 51.2194, 4.4025}, {"Gent", "BE", 51.0543, 3.7174},
    {"Leuven", "BE", 50.8798, 4.7005},    {"Hasselt", "BE", 50.9307, 5.3325},
    {"Brugge", "BE", 51.2093, 3.2247},    {"Mechelen", "BE", 51.0259, 4.4776},
    {"Kortrijk", "BE", 50.8280, 3.2649},  {"Genk", "BE", 50.9650, 5.5008},
    {"Brussel", "BE", 50.8503, 4.3517},
};

const char *themeWords[][3] = {
    {"rouw", "Rouw en verlies", "overlijden"},
    {"verslaving-alcohol", "Alcohol", "drank"},
    {"verslaving-drugs", "Drugs", "blowen"},
    {"gokken", "Gokken", "casino"},
    {"depressie", "Depressie", "somber"},
    {"angst", "Angst en paniek", "paniek"},
    {"burn-out", "Burn-out", "overspannen"},
    {"bipolair", "Bipolair", "manisch"},
    {"autisme", "Autisme", "asperger"},
    {"adhd", "ADHD", "concentratie"},
    {"eetstoornis", "Eetstoornis", "anorexia"},
    {"kanker", "Kanker", "chemo"},
    {"hartpatienten", "Hartpatiënten", "hart"},
    {"reuma", "Reuma", "gewrichten"},
    {"diabetes", "Diabetes", "suiker"},
    {"nah", "Niet-aangeboren hersenletsel", "beroerte"},
    {"echtscheiding", "Echtscheiding", "scheiding"},
    {"eenzaamheid", "Eenzaamheid", "alleen"},
    {"schulden", "Schulden", "geldzorgen"},
    {"mantelzorg", "Mantelzorg", "zorgen"},
};

const char *rules[] = {"FREQ=WEEKLY;BYDAY=%1", "FREQ=WEEKLY;INTERVAL=2;BYDAY=%1", "FREQ=MONTHLY;BYDAY=2%1",
                       "FREQ=MONTHLY;BYDAY=-1%1", "FREQ=WEEKLY;INTERVAL=3;BYDAY=%1"};
const char *days[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

} // namespace

Directory generateDirectory(int meetingCount, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Theme> themes;
    for (const auto &words : themeWords)
        themes.append(Theme{QLatin1String(words[0]),
                            LocalizedText{QString::fromUtf8(words[1]), QString(), QString()},
                            QStringLiteral("overige"),
                            {QLatin1String(words[2])}});

    QList<Venue> venues;
    const int venueCount = std::max(1, meetingCount / 4);
    for (int i = 0; i < venueCount; ++i) {
        const Town &town = towns[random.bounded(int(std::size(towns)))];
        Venue venue;
        venue.id = QStringLiteral("venue-%1").arg(i);
        venue.name = QStringLiteral("Buurthuis %1").arg(i);
        venue.town = QLatin1String(town.name);
        venue.country = QLatin1String(town.country);
        venue.latitude = town.latitude + (random.generateDouble() - 0.5) * 0.6;
        venue.longitude = town.longitude + (random.generateDouble() - 0.5) * 0.9;
        if (random.bounded(3) != 0)
            venue.wheelchairAccessible = random.bounded(4) != 0;
        venues.append(std::move(venue));
    }

    QList<Group> groups;
    int meetings = 0;
    for (int g = 0; meetings < meetingCount; ++g) {
        Group group;
        group.id = QStringLiteral("group-%1").arg(g);
        const auto &theme = themeWords[random.bounded(int(std::size(themeWords)))];
        group.name = QStringLiteral("%1 lotgenoten %2").arg(QString::fromUtf8(theme[1])).arg(g);
        group.themeIds = {QLatin1String(theme[0])};
        const int audience = random.bounded(10);
        group.audience = audience < 6 ? Audience::Self : audience < 9 ? Audience::Relatives : Audience::Both;
        const int meetingsHere = std::min(1 + random.bounded(4), meetingCount - meetings);
        for (int m = 0; m < meetingsHere; ++m) {
            Meeting meeting;
            meeting.id = QStringLiteral("%1-%2").arg(group.id).arg(m);
            const int kind = random.bounded(20);
            meeting.attendance = kind == 0   ? Attendance::Online
                                 : kind == 1 ? Attendance::Hybrid
                                             : Attendance::InPerson;
            const Venue &venue = venues[random.bounded(int(venues.size()))];
            if (meeting.attendance != Attendance::Online)
                meeting.venueId = venue.id;
            else
                meeting.onlineUrl = QStringLiteral("https://meet.example.org/%1").arg(meeting.id);
            if (meeting.attendance == Attendance::Hybrid)
                meeting.onlineUrl = QStringLiteral("https://meet.example.org/%1").arg(meeting.id);
            meeting.timeZone = venue.country == u"BE" ? QStringLiteral("Europe/Brussels")
                                                      : QStringLiteral("Europe/Amsterdam");
            const int weekday = random.bounded(7);
            QDate date(2026, 1, 5); // a Monday
            date = date.addDays(weekday);
            const QTime times[] = {QTime(10, 0), QTime(14, 0), QTime(19, 30), QTime(20, 0)};
            meeting.start = QDateTime(date, times[random.bounded(4)], QTimeZone(meeting.timeZone.toUtf8()));
            meeting.rrule = QString::fromLatin1(rules[random.bounded(int(std::size(rules)))])
                                .arg(QLatin1String(days[weekday]));
            group.meetings.append(std::move(meeting));
        }
        meetings += int(group.meetings.size());
        groups.append(std::move(group));
    }
    return Directory(std::move(themes), std::move(venues), std::move(groups));
}
