// SPDX-License-Identifier: GPL-3.0-or-later
#include "changewords.h"

#include <QLocale>

using namespace kring;
using FollowedChanges::Change;
using FollowedChanges::Kind;

namespace {

constexpr int maxLines = 3;

QLocale localeFor(const QString &language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

QString day(QDate date, const QString &language)
{
    // "di 8 december": the short day name without the period some locales add.
    QString text = localeFor(language).toString(date, QStringLiteral("ddd d MMMM"));
    return text.replace(QLatin1Char('.'), QString());
}

QString dayAndTime(const QDateTime &time, const QString &language)
{
    return QStringLiteral("%1 %2").arg(day(time.date(), language),
                                       localeFor(language).toString(time.time(), QStringLiteral("HH:mm")));
}

QString announced(const Announcement &a, const QString &language)
{
    const QString date = day(a.date, language);
    switch (a.kind) {
    case AnnouncementKind::Cancel:
        return ChangeWords::tr("New: the meeting on %1 is cancelled").arg(date);
    case AnnouncementKind::Move:
        if (!a.movedTo.isValid())
            return ChangeWords::tr("New: the meeting on %1 has moved").arg(date);
        return ChangeWords::tr("New: the meeting on %1 has moved to %2")
            .arg(date, dayAndTime(a.movedTo, language));
    case AnnouncementKind::Relocate:
        if (a.until.isValid() && a.until != a.date)
            return ChangeWords::tr("New: from %1 to %2 the meetings are at another place")
                .arg(date, day(a.until, language));
        return ChangeWords::tr("New: the meeting on %1 is at another place").arg(date);
    case AnnouncementKind::Pause:
        if (a.until.isValid())
            return ChangeWords::tr("New: the group is paused from %1 to %2")
                .arg(date, day(a.until, language));
        return ChangeWords::tr("New: the group is paused from %1").arg(date);
    case AnnouncementKind::Reschedule:
        return ChangeWords::tr("New: other times or another place from %1").arg(date);
    case AnnouncementKind::Note:
        return ChangeWords::tr("New: a note from the contact person");
    }
    return QString();
}

QString withdrawn(const Announcement &a, const QString &language)
{
    if (a.kind == AnnouncementKind::Note || !a.date.isValid())
        return ChangeWords::tr("Withdrawn: a note from the contact person");
    return ChangeWords::tr("Withdrawn: the announcement about %1").arg(day(a.date, language));
}

} // namespace

QString ChangeWords::line(const Change &change, const QString &language)
{
    switch (change.kind) {
    case Kind::Announced:
        return change.announcement ? announced(*change.announcement, language) : QString();
    case Kind::Withdrawn:
        return change.announcement ? withdrawn(*change.announcement, language) : QString();
    case Kind::MeetingAdded:
        return tr("A meeting has been added");
    case Kind::MeetingRemoved:
        return tr("A meeting is no longer in the schedule");
    case Kind::TimesChanged:
        return tr("The times have changed");
    case Kind::PlaceChanged:
        return tr("The place has changed");
    case Kind::Gone:
        return tr("This group is no longer in the list");
    }
    return QString();
}

QString ChangeWords::lines(const QList<Change> &changes, const QString &language)
{
    QStringList found;
    for (const Change &change : changes) {
        const QString text = line(change, language);
        if (!text.isEmpty() && !found.contains(text))
            found.append(text);
    }
    if (found.size() <= maxLines)
        return found.join(QLatin1Char('\n'));
    const qsizetype more = found.size() - (maxLines - 1);
    found.resize(maxLines - 1);
    found.append(tr("and %n more change(s)", nullptr, int(more)));
    return found.join(QLatin1Char('\n'));
}
