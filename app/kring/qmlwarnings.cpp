// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlwarnings.h"

#include <QtCore/QMutex>

using namespace Qt::StringLiterals;

namespace {

QtMessageHandler previousHandler = nullptr;
QMutex mutex;
int warningCount = 0;
QString firstWarning;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (QmlWarningWatch::isQmlWarning(type, context, message)) {
        const QMutexLocker locker(&mutex);
        if (warningCount++ == 0)
            firstWarning = message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

void QmlWarningWatch::install()
{
    previousHandler = qInstallMessageHandler(recordMessage);
}

int QmlWarningWatch::count()
{
    const QMutexLocker locker(&mutex);
    return warningCount;
}

QString QmlWarningWatch::first()
{
    const QMutexLocker locker(&mutex);
    return firstWarning;
}

bool QmlWarningWatch::isQmlWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return false;
    const QLatin1StringView category(context.category ? context.category : "");
    if (category == "qml"_L1 || category == "js"_L1 || category.startsWith("qt.qml"_L1) ||
        category.startsWith("qt.quick"_L1))
        return true;
    const QLatin1StringView file(context.file ? context.file : "");
    return file.endsWith(".qml"_L1) || message.contains(".qml:"_L1);
}
