// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searchindex.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QLocale>
#include <QUrl>
#include <QVariantList>
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
    Q_PROPERTY(int targetGroups READ targetGroups WRITE setTargetGroups NOTIFY queryChanged)
    // The start page shows no groups: results follow a word, a place or a theme.
    Q_PROPERTY(bool active READ active NOTIFY queryChanged)
    // The theme chosen on the start page; empty for none.
    Q_PROPERTY(QString themeId READ themeId NOTIFY queryChanged)
    Q_PROPERTY(QString themeName READ themeName NOTIFY queryChanged)
    // The themes to browse, by category: [{"name": "Verslaving", "themes": [{"id", "name"}, ...]}, ...].
    Q_PROPERTY(QVariantList categories READ categories NOTIFY categoriesChanged)
    // The words typed are about suicide or self-harm (CrisisWords): the help lines show above the results.
    Q_PROPERTY(bool crisis READ crisis NOTIFY queryChanged)
    // The help lines of helpCountry: [{"name", "what", "when", "number", "callUrl", "chat", "emergency"}].
    Q_PROPERTY(QVariantList helpLines READ helpLines NOTIFY helpLinesChanged)
    Q_PROPERTY(QString helpCountry READ helpCountry NOTIFY helpLinesChanged)
    // The network's own phone and mail ("Vraag het netwerk"); empty when the directory gives none.
    Q_PROPERTY(QString networkName READ networkName NOTIFY networkChanged)
    Q_PROPERTY(QString networkPhone READ networkPhone NOTIFY networkChanged)
    Q_PROPERTY(QString networkEmail READ networkEmail NOTIFY networkChanged)
    Q_PROPERTY(QUrl networkCallUrl READ networkCallUrl NOTIFY networkChanged)
    Q_PROPERTY(QUrl networkMailUrl READ networkMailUrl NOTIFY networkChanged)

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
    enum TargetGroupKind {
        Women = kring::TargetGroup::Women,
        Men = kring::TargetGroup::Men,
        YoungPeople = kring::TargetGroup::YoungPeople,
        Lgbtq = kring::TargetGroup::Lgbtq
    };
    Q_ENUM(TargetGroupKind)
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
    [[nodiscard]] int targetGroups() const { return m_query.targetGroups; }
    void setTargetGroups(int targetGroups);
    [[nodiscard]] bool active() const;
    [[nodiscard]] QString themeId() const { return m_query.themeIds.value(0); }
    [[nodiscard]] QString themeName() const;
    [[nodiscard]] QVariantList categories() const;
    [[nodiscard]] bool crisis() const;
    [[nodiscard]] QVariantList helpLines() const;
    [[nodiscard]] QString helpCountry() const;
    [[nodiscard]] QString networkName() const { return m_networkName; }
    [[nodiscard]] QString networkPhone() const { return m_networkPhone; }
    [[nodiscard]] QString networkEmail() const { return m_networkEmail; }
    [[nodiscard]] QUrl networkCallUrl() const;
    [[nodiscard]] QUrl networkMailUrl() const;
    // Who publishes the directory and how people reach them (from the directory's "network").
    void setNetwork(const QString &name, const QString &phone, const QString &email);
    // The language setting whose region picks the help lines when no place is chosen (tests; the app uses the
    // system's).
    void setLocale(const QLocale &locale);

    // Shows the groups of theme `id` (a theme on the start page); an empty id goes back to the start page.
    Q_INVOKABLE void chooseTheme(const QString &id);
    // Back to the calm start page: no words, no theme, no filters (the place stays).
    Q_INVOKABLE void clearSearch();

    // Measures distance from this point (the person's position or a place they chose); it stays on the phone.
    // `country` ("NL", "BE") picks the help lines; empty when not known (a position).
    Q_INVOKABLE void setPlace(double latitude, double longitude, const QString &name,
                              const QString &country = QString());
    Q_INVOKABLE void clearPlace();
    Q_INVOKABLE void clearFilters();

    // "di 8 dec 19:30", "vandaag 19:30", "morgen 19:30" in the UI language.
    // "bezig, tot 21:30" while it takes place (when its length is known).
    [[nodiscard]] static QString nextMeetingText(const QDateTime &next, const QDateTime &now,
                                                 const QString &language, int durationMinutes = 0);
    [[nodiscard]] static QString distanceText(double kilometres, const QString &language);

Q_SIGNALS:
    void resultsChanged();
    void readyChanged();
    void queryChanged();
    void categoriesChanged();
    void helpLinesChanged();
    void networkChanged();

private:
    void refresh();

    QString m_language;
    std::shared_ptr<const kring::SearchIndex> m_index;
    kring::SearchQuery m_query;
    QString m_placeName;
    QString m_placeCountry;
    QLocale m_locale;
    QString m_networkName;
    QString m_networkPhone;
    QString m_networkEmail;
    QList<kring::SearchResult> m_results;
    QDateTime m_now;
    int m_buildGeneration = 0;
};
