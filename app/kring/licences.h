// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// What Kring is made of and under which licences (Over Kring): one entry per library and data set the app
// ships, each with its licence text bundled as a resource, so it can be read without internet.
class Licences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // One map per part: name, what it does in Kring, licence, file (for text()).
    Q_PROPERTY(QVariantList parts READ parts CONSTANT)

public:
    explicit Licences(QObject *parent = nullptr);

    [[nodiscard]] QVariantList parts() const;
    // The bundled licence text `file` (as parts names it); empty for an unknown name.
    [[nodiscard]] Q_INVOKABLE static QString text(const QString &file);
};
