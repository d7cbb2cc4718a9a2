// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/announcement.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The next dates of a group's meetings, with their status after breaks and announcements, for the group page.
class NextDatesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by GroupDetails")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        StartRole = Qt::UserRole + 1, // QDateTime, local in the meeting's zone
        DateTextRole,                 // "dinsdag 13 januari"
        TimeTextRole,                 // "19:30–21:30"
        StatusRole,     // "scheduled", "cancelled", "moved", "relocated", "paused", "rescheduled"
        StatusTextRole, // what changed, for people; empty when nothing did
        TakesPlaceRole,
        MeetingNameRole, // the meeting's own name, empty when it is the group's
        NotesRole,       // notes of the contact person, one per line
        InProgressRole,  // it has begun and not yet ended
        JoinUrlRole,     // the online meeting's link, on its first coming date; empty otherwise
        DialInRole,      // the number to join by phone, likewise
        DialInUrlRole,   // tel: of DialInRole
    };
    Q_ENUM(Role)

    struct Row {
        kring::ScheduledOccurrence occurrence;
        QString meetingName;
        bool inProgress = false;
        QString joinUrl;
        QString dialIn;
    };

    explicit NextDatesModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows, const QString &language);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] static QString statusName(kring::OccurrenceStatus status);

Q_SIGNALS:
    void countChanged();

private:
    [[nodiscard]] QString statusText(const kring::ScheduledOccurrence &occurrence) const;

    QList<Row> m_rows;
    QString m_language;
};
