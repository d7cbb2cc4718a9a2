// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searchindex.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

#include <memory>

// The find page's results: what the person typed, where, and which filters, searched in a local index.
// The index is built off the GUI thread whenever the directory changes; each search takes well under 2 ms, so
// results follow every keystroke.
class FinderModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(int count READ rowCount NOTIFY resultsChanged)
    // How the list is ordered, for its header: "bestMatch" (words typed), "nearest" (a place, no words) or
    // "soonest".
    Q_PROPERTY(QString order READ order NOTIFY resultsChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY queryChanged)
    Q_PROPERTY(QString placeName READ placeName NOTIFY queryChanged)
    Q_PROPERTY(bool hasPlace READ hasPlace NOTIFY queryChanged)
    Q_PROPERTY(int weekdays READ weekdays WRITE setWeekdays NOTIFY queryChanged)
    Q_PROPERTY(int partsOfDay READ partsOfDay WRITE setPartsOfDay NOTIFY queryChanged)
    Q_PROPERTY(int attendance READ attendance WRITE setAttendance NOTIFY queryChanged)
    Q_PROPERTY(QString audience READ audience WRITE setAudience NOTIFY queryChanged)
    Q_PROPERTY(bool wheelchairOnly READ wheelchairOnly WRITE setWheelchairOnly NOTIFY queryChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY queryChanged)

public:
    enum Role {
        GroupIdRole = Qt::UserRole + 1,
        NameRole,
        ThemesRole,
        TownRole,
        AudienceTextRole,
        OnlineRole,
        NextMeetingRole, // "di 8 dec 19:30", "vandaag 19:30"; empty when not known
        DistanceRole,    // "2,3 km"; empty for online meetings or without a place
    };
    Q_ENUM(Role)

    // Filter bits as QML sees them (same values as core's).
    enum Weekday {
        Monday = 1,
        Tuesday = 2,
        Wednesday = 4,
        Thursday = 8,
        Friday = 16,
        Saturday = 32,
        Sunday = 64
    };
    Q_ENUM(Weekday)
    enum DayPart { Morning = kring::Morning, Afternoon = kring::Afternoon, Evening = kring::Evening };
    Q_ENUM(DayPart)
    enum AttendanceKind {
        InPerson = kring::InPersonMeetings,
        Online = kring::OnlineMeetings,
        Hybrid = kring::HybridMeetings
    };
    Q_ENUM(AttendanceKind)

    explicit FinderModel(QString language, QObject *parent = nullptr);

    // Searches `index` from now on.
    void setIndex(std::shared_ptr<const kring::SearchIndex> index);
    [[nodiscard]] QString order() const;
    // Builds a new index for `directory` off the GUI thread; the old one answers until the new one is ready.
    void setDirectory(std::shared_ptr<const kring::Directory> directory,
                      kring::MeetingTimesFunction times = kring::scheduledTimes);
    // The moment "next meeting" is counted from (tests; the app uses the clock).
    void setNow(const QDateTime &now) { m_now = now; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool ready() const { return m_index != nullptr; }
    [[nodiscard]] QString text() const { return m_query.text; }
    void setText(const QString &text);
    [[nodiscard]] QString placeName() const { return m_placeName; }
    [[nodiscard]] bool hasPlace() const { return m_query.near.has_value(); }
    [[nodiscard]] int weekdays() const { return m_query.weekdays; }
    void setWeekdays(int weekdays);
    [[nodiscard]] int partsOfDay() const { return m_query.partsOfDay; }
    void setPartsOfDay(int partsOfDay);
    [[nodiscard]] int attendance() const { return m_query.attendance; }
    void setAttendance(int attendance);
    [[nodiscard]] QString audience() const;
    void setAudience(const QString &audience);
    [[nodiscard]] bool wheelchairOnly() const { return m_query.wheelchairAccessible; }
    void setWheelchairOnly(bool only);
    [[nodiscard]] bool filtered() const;

    // Measures distance from this point (the person's position or a place they chose); it stays on the phone.
    Q_INVOKABLE void setPlace(double latitude, double longitude, const QString &name);
    Q_INVOKABLE void clearPlace();
    Q_INVOKABLE void clearFilters();

    // "di 8 dec 19:30", "vandaag 19:30", "morgen 19:30" in the UI language.
    [[nodiscard]] static QString nextMeetingText(const QDateTime &next, const QDateTime &now,
                                                 const QString &language);
    [[nodiscard]] static QString distanceText(double kilometres, const QString &language);

Q_SIGNALS:
    void resultsChanged();
    void readyChanged();
    void queryChanged();

private:
    void refresh();

    QString m_language;
    std::shared_ptr<const kring::SearchIndex> m_index;
    kring::SearchQuery m_query;
    QString m_placeName;
    QList<kring::SearchResult> m_results;
    QDateTime m_now;
    int m_buildGeneration = 0;
};
