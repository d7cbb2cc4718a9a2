// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QString>
#include <QtCore/QtMessageHandler>

// Counts the warnings the QML engine and Qt Quick report while the app runs headless (--self-test,
// --screenshots), so that a page with a broken binding or a script error fails those runs instead of
// printing a line nobody reads. Messages still reach stderr as before.
class QmlWarningWatch
{
public:
    static void install();
    static int count();
    static QString first();

    // Whether a message comes from QML or Qt Quick: a warning or worse, by its category or its source file.
    static bool isQmlWarning(QtMsgType type, const QMessageLogContext &context, const QString &message);
};
