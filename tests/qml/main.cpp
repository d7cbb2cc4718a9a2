// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(KringPlugin)
Q_IMPORT_QML_PLUGIN(Kring_AppPlugin)
Q_IMPORT_QML_PLUGIN(Kring_TestingPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // The pages are tested as most people see them: in Dutch.
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(QStringLiteral(":/i18n/kring_nl.qm")))
            QCoreApplication::installTranslator(translator);
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
};

QUICK_TEST_MAIN_WITH_SETUP(kring, Setup)
#include "main.moc"
