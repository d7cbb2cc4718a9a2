// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"
#include "findermodel.h"
#include "groupdetails.h"
#include "grouplistmodel.h"
#include "placesuggestions.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

// The app's state as QML sees it: the directory in use, the models over it, and what is loading or went
// wrong. main.cpp creates one and hands it to Main.qml as a required property.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(GroupListModel *groups READ groups CONSTANT)
    Q_PROPERTY(GroupDetails *currentGroup READ currentGroup CONSTANT)
    Q_PROPERTY(FinderModel *finder READ finder CONSTANT)
    Q_PROPERTY(PlaceSuggestions *places READ places CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString language READ language CONSTANT)

public:
    explicit AppController(QString language, QObject *parent = nullptr);

    // Reads and validates the directory file at `path` (a file or a :/ resource) off the GUI thread.
    void loadDirectory(const QString &path);

    [[nodiscard]] GroupListModel *groups() { return &m_groups; }
    [[nodiscard]] GroupDetails *currentGroup() { return &m_currentGroup; }
    [[nodiscard]] FinderModel *finder() { return &m_finder; }
    [[nodiscard]] PlaceSuggestions *places() { return &m_places; }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] std::shared_ptr<const kring::Directory> directory() const { return m_directory; }

    // Shows the group `groupId` in currentGroup.
    Q_INVOKABLE void openGroup(const QString &groupId);

Q_SIGNALS:
    void loadingChanged();
    void errorMessageChanged();
    // Emitted when a load has finished, whether it succeeded or not.
    void directoryLoaded();

private:
    void setDirectory(std::shared_ptr<const kring::Directory> directory);

    QString m_language;
    std::shared_ptr<const kring::Directory> m_directory;
    GroupListModel m_groups;
    GroupDetails m_currentGroup;
    FinderModel m_finder;
    PlaceSuggestions m_places;
    bool m_loading = false;
    QString m_errorMessage;
};
