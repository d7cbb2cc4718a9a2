// SPDX-License-Identifier: GPL-3.0-or-later
#include "nextdatesmodel.h"

#include "help/helplines.h"
#include "schedule/schedulewords.h"

#include <QLocale>

using namespace kring;

NextDatesModel::NextDatesModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void NextDatesModel::setRows(QList<Row> rows, const QString &language)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_language = language;
    endResetModel();
    Q_EMIT countChanged();
}

int NextDatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString NextDatesModel::statusName(OccurrenceStatus status)
{
    switch (status) {
    case OccurrenceStatus::Scheduled:
        return QStringLiteral("scheduled");
    case OccurrenceStatus::Cancelled:
        return QStringLiteral("cancelled");
    case OccurrenceStatus::Moved:
        return QStringLiteral("moved");
    case OccurrenceStatus::Relocated:
        return QStringLiteral("relocated");
    case OccurrenceStatus::Paused:
        return QStringLiteral("paused");
    case OccurrenceStatus::Rescheduled:
        return QStringLiteral("rescheduled");
    }
    return {};
}

QString NextDatesModel::statusText(const ScheduledOccurrence &occurrence) const
{
    const ScheduleWords words(m_language);
    switch (occurrence.status) {
    case OccurrenceStatus::Scheduled:
        return {};
    case OccurrenceStatus::Cancelled:
        return tr("Cancelled");
    case OccurrenceStatus::Moved:
        return tr("Moved from %1").arg(words.date(occurrence.originalStart.date()));
    case OccurrenceStatus::Relocated:
        return tr("Other place: %1").arg(occurrence.venue);
    case OccurrenceStatus::Paused:
        return tr("No meeting (break)");
    case OccurrenceStatus::Rescheduled:
        return occurrence.venue.isEmpty() ? tr("New schedule")
                                          : tr("New schedule, at %1").arg(occurrence.venue);
    }
    return {};
}

QVariant NextDatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ScheduledOccurrence &occurrence = row.occurrence;
    switch (role) {
    case StartRole:
        return occurrence.occurrence.start;
    case Qt::DisplayRole:
    case DateTextRole:
        return ScheduleWords(m_language).date(occurrence.occurrence.start.date());
    case TimeTextRole:
        if (row.inProgress && occurrence.takesPlace())
            return tr("in progress, until %1")
                .arg(QLocale(m_language == u"en" ? QLocale::English : QLocale::Dutch)
                         .toString(occurrence.occurrence.end.time(), QStringLiteral("HH:mm")));
        return ScheduleWords(m_language).timeRange(occurrence.occurrence.start, occurrence.occurrence.end);
    case StatusRole:
        return statusName(occurrence.status);
    case StatusTextRole:
        return statusText(occurrence);
    case TakesPlaceRole:
        return occurrence.takesPlace();
    case MeetingNameRole:
        return row.meetingName;
    case NotesRole:
        return occurrence.notes.join(u'\n');
    case InProgressRole:
        return row.inProgress;
    case JoinUrlRole:
        return row.joinUrl;
    case DialInRole:
        return row.dialIn;
    case DialInUrlRole:
        return telUrl(row.dialIn);
    }
    return {};
}

QHash<int, QByteArray> NextDatesModel::roleNames() const
{
    return {{StartRole, "start"},
            {DateTextRole, "dateText"},
            {TimeTextRole, "timeText"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {TakesPlaceRole, "takesPlace"},
            {MeetingNameRole, "meetingName"},
            {NotesRole, "notes"},
            {InProgressRole, "inProgress"},
            {JoinUrlRole, "joinUrl"},
            {DialInRole, "dialIn"},
            {DialInUrlRole, "dialInUrl"}};
}
