// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>

// One group as the group page shows it.
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
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    Q_PROPERTY(QString website READ website NOTIFY changed)

public:
    explicit GroupDetails(QObject *parent = nullptr);

    // Shows the group `groupId` of `directory`; an unknown id shows nothing.
    void show(const std::shared_ptr<const kring::Directory> &directory, const QString &groupId,
              const QString &language);

    [[nodiscard]] QString groupId() const { return m_group.id; }
    [[nodiscard]] QString name() const { return m_group.name; }
    [[nodiscard]] QString summary() const { return m_group.summary.in(m_language); }
    [[nodiscard]] QString themes() const { return m_themes; }
    [[nodiscard]] QString audienceText() const;
    [[nodiscard]] QStringList places() const { return m_places; }
    [[nodiscard]] QString accessibility() const { return m_accessibility; }
    [[nodiscard]] bool online() const { return m_online; }
    [[nodiscard]] QStringList scheduleNotes() const { return m_scheduleNotes; }
    [[nodiscard]] QString email() const { return m_group.contact.email; }
    [[nodiscard]] QString phone() const { return m_group.contact.phone; }
    [[nodiscard]] QString website() const { return m_group.contact.website; }

Q_SIGNALS:
    void changed();

private:
    kring::Group m_group;
    QString m_language;
    QString m_themes;
    QStringList m_places;
    QString m_accessibility;
    bool m_online = false;
    QStringList m_scheduleNotes;
};
