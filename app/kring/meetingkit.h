// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"
#include "speakingtimer.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

// The Bijeenkomst tab: one group's texts to read aloud (its own, or the network's where it has none), the
// speaking timer, and the help lines of the group's country, all from what the phone keeps (no network).
// The group is picked from the followed ones (the one meeting now or next first), or from a group page.
// While the timer runs the screen stays on, and it vibrates at the end when asked (through the platform).
class MeetingKit : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(SpeakingTimer *timer READ timer CONSTANT)
    Q_PROPERTY(bool hasGroup READ hasGroup NOTIFY groupChanged)
    Q_PROPERTY(QString groupId READ groupId NOTIFY groupChanged)
    Q_PROPERTY(QString groupName READ groupName NOTIFY groupChanged)
    // "Bijeenkomst nu, 19:30–21:30" / "Volgende bijeenkomst: dinsdag 13 januari, 19:30–21:30"; empty when
    // unknown.
    Q_PROPERTY(QString whenText READ whenText NOTIFY groupChanged)
    Q_PROPERTY(QString opening READ opening NOTIFY groupChanged)
    Q_PROPERTY(QStringList agreements READ agreements NOTIFY groupChanged)
    Q_PROPERTY(QString closing READ closing NOTIFY groupChanged)
    Q_PROPERTY(bool hasTexts READ hasTexts NOTIFY groupChanged)
    // Some of the texts are the network's, as the group has none of its own for them.
    Q_PROPERTY(bool networkTexts READ networkTexts NOTIFY groupChanged)
    Q_PROPERTY(QString networkName READ networkName NOTIFY groupChanged)
    // The help lines of the group's country: name, what, when, number, callUrl (tel:), emergency.
    Q_PROPERTY(QVariantList helpLines READ helpLines NOTIFY groupChanged)
    // The followed groups to pick from, the one meeting now or next first: groupId, name, whenText, now,
    // start.
    Q_PROPERTY(QVariantList choices READ choices NOTIFY choicesChanged)
    // Texts much larger, to read aloud (kept on the phone).
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)

public:
    // The names the choices are kept under in the store's settings.
    static constexpr QLatin1StringView groupSetting{"meeting.group"};
    static constexpr QLatin1StringView vibrateSetting{"meeting.vibrate"};
    static constexpr QLatin1StringView largeTextSetting{"meeting.large_text"};

    explicit MeetingKit(QString language, QObject *parent = nullptr);

    [[nodiscard]] SpeakingTimer *timer() { return &m_timer; }

    // Where the kit finds a group's directory (AppController::groupDirectory), and which groups are followed.
    using Lookup = std::function<std::shared_ptr<const kring::Directory>(const QString &groupId)>;
    void setLookup(Lookup lookup) { m_lookup = std::move(lookup); }
    // Reads the followed groups and the picked group again (a new directory, a follow or unfollow).
    void update(const QSet<QString> &followedIds);
    // The moment "now" and "next" are counted from; invalid (the default): the system clock.
    void setNow(const QDateTime &now) { m_now = now; }
    // The settings kept in the store (values by name), read when the store opens.
    void restore(const QHash<QString, QString> &settings);

    [[nodiscard]] bool hasGroup() const { return !m_group.id.isEmpty(); }
    [[nodiscard]] QString groupId() const { return m_group.id; }
    [[nodiscard]] QString groupName() const { return m_group.name; }
    [[nodiscard]] QString whenText() const { return m_whenText; }
    [[nodiscard]] QString opening() const { return m_texts.opening.in(m_language); }
    [[nodiscard]] QStringList agreements() const;
    [[nodiscard]] QString closing() const { return m_texts.closing.in(m_language); }
    [[nodiscard]] bool hasTexts() const { return !m_texts.isEmpty(); }
    [[nodiscard]] bool networkTexts() const { return m_networkTexts; }
    [[nodiscard]] QString networkName() const { return m_networkName; }
    [[nodiscard]] QVariantList helpLines() const { return m_helpLines; }
    [[nodiscard]] QVariantList choices() const { return m_choices; }
    [[nodiscard]] bool largeText() const { return m_largeText; }
    void setLargeText(bool large);

    // Shows group `groupId` in the kit and keeps it as the last picked; an unknown id shows nothing.
    Q_INVOKABLE void pick(const QString &groupId);
    // The group to show when none is picked: the first choice; empty when nothing is followed.
    [[nodiscard]] Q_INVOKABLE QString firstChoice() const;

Q_SIGNALS:
    void groupChanged();
    void choicesChanged();
    void largeTextChanged();
    // A choice to keep in the store's settings (AppController keeps it).
    void settingChanged(const QString &name, const QString &value);

private:
    [[nodiscard]] QDateTime now() const;
    void show(const QString &groupId);

    QString m_language;
    SpeakingTimer m_timer;
    Lookup m_lookup;
    QDateTime m_now;
    kring::Group m_group;
    kring::MeetingTexts m_texts;
    bool m_networkTexts = false;
    QString m_networkName;
    QString m_whenText;
    QVariantList m_helpLines;
    QVariantList m_choices;
    bool m_largeText = false;
    QString m_keptGroupId;
};
