// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-facing string has a Dutch translation, and the committed .ts file is current with the code.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translationIsCompleteAndCurrent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("pluralOnly"); // English is the source language: only plurals need translating
        QTest::newRow("nl") << QStringLiteral("nl") << false;
        QTest::newRow("en") << QStringLiteral("en") << true;
    }

    void translationIsCompleteAndCurrent()
    {
        QFETCH(QString, language);
        QFETCH(bool, pluralOnly);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fileName = QStringLiteral("kring_%1.ts").arg(language);
        const QString committed = QStringLiteral(KRING_SOURCE_DIR "/assets/translations/") + fileName;
        const QString refreshed = dir.filePath(fileName);
        QVERIFY(QFile::copy(committed, refreshed));

        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(KRING_SOURCE_DIR));
        QStringList arguments{QStringLiteral("-locations"),
                              QStringLiteral("none"),
                              QStringLiteral("-no-obsolete"),
                              QStringLiteral("-source-language"),
                              QStringLiteral("en"),
                              QStringLiteral("-target-language"),
                              language};
        if (pluralOnly)
            arguments.append(QStringLiteral("-pluralonly"));
        arguments += {QStringLiteral("core"),     QStringLiteral("app"), QStringLiteral("qml"),
                      QStringLiteral("platform"), QStringLiteral("-ts"), refreshed};
        lupdate.start(QStringLiteral(LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QFile file(refreshed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(file.readAll());
        const QRegularExpression unfinished(
            QStringLiteral("<source>([^<]*)</source>\\s*(?:<comment>[^<]*</comment>\\s*)?"
                           "<translation type=\"unfinished\""));
        QStringList missing;
        for (auto it = unfinished.globalMatch(ts); it.hasNext();)
            missing.append(it.next().captured(1));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("no Dutch yet for (run scripts/update-translations.sh): ") +
                            missing.join(u" | ")));
        QVERIFY(ts.count(QStringLiteral("<message")) > (pluralOnly ? 1 : 50));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
