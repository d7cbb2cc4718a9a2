// SPDX-License-Identifier: GPL-3.0-or-later
// A headless run of the app (--self-test, --screenshots) fails on QML warnings: the watch counts what the QML
// engine reports about a page (script errors, console.warn) and leaves other messages of the process alone.
#include "qmlwarnings.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QTest>

class QmlWarningWatchTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QObject> create(QQmlEngine &engine, const QByteArray &qml)
    {
        QQmlComponent component(&engine);
        component.setData(qml, QUrl(QStringLiteral("qrc:/test/Page.qml")));
        return std::unique_ptr<QObject>(component.create());
    }

private slots:
    void initTestCase() { QmlWarningWatch::install(); }

    void otherMessagesAreNotCounted()
    {
        const int before = QmlWarningWatch::count();
        qWarning("QStandardPaths: XDG_RUNTIME_DIR not set");
        QQmlEngine engine;
        const auto page =
            create(engine, "import QtQml\nQtObject { Component.onCompleted: console.log('fine') }");
        QVERIFY(page);
        QCOMPARE(QmlWarningWatch::count(), before);
    }

    void aScriptErrorOnAPageIsCounted()
    {
        const int before = QmlWarningWatch::count();
        QQmlEngine engine;
        const auto page = create(engine, "import QtQml\nQtObject { property int size: missingThing.size }");
        QVERIFY(page);
        QCOMPARE(QmlWarningWatch::count(), before + 1);
        QVERIFY2(QmlWarningWatch::first().contains(u"missingThing"), qPrintable(QmlWarningWatch::first()));
    }

    void consoleWarnIsCounted()
    {
        const int before = QmlWarningWatch::count();
        QQmlEngine engine;
        const auto page =
            create(engine, "import QtQml\nQtObject { Component.onCompleted: console.warn('odd') }");
        QVERIFY(page);
        QCOMPARE(QmlWarningWatch::count(), before + 1);
    }
};

QTEST_MAIN(QmlWarningWatchTest)
#include "tst_qmlwarnings.moc"
