// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-facing string has a Dutch translation, and the committed .ts file is current with the code.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TranslationsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dutchIsCompleteAndCurrent() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString committed = QStringLiteral(KRING_SOURCE_DIR "/assets/translations/kring_nl.ts");
        const QString refreshed = dir.filePath(QStringLiteral("kring_nl.ts"));
        QVERIFY(QFile::copy(committed, refreshed));

        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(KRING_SOURCE_DIR));
        lupdate.start(QStringLiteral(LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-source-language"), QStringLiteral("en"),
                       QStringLiteral("-target-language"), QStringLiteral("nl"), QStringLiteral("core"),
                       QStringLiteral("app"), QStringLiteral("qml"), QStringLiteral("-ts"), refreshed});
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
        QVERIFY(ts.count(QStringLiteral("<message")) > 50);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
