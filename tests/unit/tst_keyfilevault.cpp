// SPDX-License-Identifier: GPL-3.0-or-later
// The Linux key file: readable by the user only from the moment it exists, replaced whole, chosen when no
// keyring answers, and refused, untouched, when others could have read it.
#include "keyfilevault.h"
#include "platformsecretvault.h"

#include "storetesting.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kring;

class KeyFileVaultTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyFileIsCreatedReadableByTheUserOnly()
    {
        QTemporaryDir dir;
        // With no umask to help, the mode given at creation is all that protects the file.
        const mode_t previous = ::umask(0);
        KeyFileVault vault(dir.path());
        const Status stored = vault.store(QByteArray(32, '\x07'));
        ::umask(previous);
        QVERIFY(stored.ok());
        QCOMPARE(StoreTesting::modeOf(KeyFileVault::keyFilePath(dir.path())), mode_t(0600));
        QCOMPARE(vault.load().value(), std::optional(QByteArray(32, '\x07')));
    }

    void replacingKeepsTheModeAndTheWholeSecret()
    {
        QTemporaryDir dir;
        KeyFileVault vault(dir.path());
        QVERIFY(vault.store("first").ok());
        QVERIFY(vault.store("a longer second secret").ok());
        QCOMPARE(vault.load().value(), std::optional(QByteArray("a longer second secret")));
        QCOMPARE(StoreTesting::modeOf(KeyFileVault::keyFilePath(dir.path())), mode_t(0600));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("kring.key")});
    }

    void keyFileOthersCouldReadIsRefusedAndLeftAsItIs_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("readable by everyone") << 0644;
        QTest::newRow("readable by the group") << 0640;
        QTest::newRow("readable by others") << 0604;
        QTest::newRow("writable by the group") << 0620;
    }

    void keyFileOthersCouldReadIsRefusedAndLeftAsItIs()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString path = KeyFileVault::keyFilePath(dir.path());
        KeyFileVault vault(dir.path());
        QVERIFY(vault.store(QByteArray(32, '\x07')).ok());
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);

        const Result<std::optional<QByteArray>> loaded = vault.load();
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(QStringLiteral("Other users of this device can open")) &&
                     loaded.error().contains(QDir::toNativeSeparators(path)),
                 qPrintable(loaded.error()));
        QCOMPARE(StoreTesting::modeOf(path), mode_t(mode));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(32, '\x07'));

        // Once only the user can open it again, it is used as before.
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0600), 0);
        QCOMPARE(vault.load().value(), std::optional(QByteArray(32, '\x07')));
    }

    void nothingStoredIsNothing()
    {
        QTemporaryDir dir;
        KeyFileVault vault(dir.path());
        QVERIFY(!vault.exists());
        QVERIFY(!vault.load().value().has_value());
        QVERIFY(vault.store("x").ok());
        QVERIFY(vault.remove().ok());
        QVERIFY(!vault.load().value().has_value());
    }

    void plantedSymlinkIsNotFollowed()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QFile::link(target, KeyFileVault::keyFilePath(dir.path())));
        KeyFileVault vault(dir.path());
        QVERIFY(!vault.store("secret").ok());
        QVERIFY(!QFile::exists(target));
    }

    void warnsThatAFileIsWeakerThanAKeyring()
    {
        QTemporaryDir dir;
        const KeyFileVault vault(dir.path());
        QCOMPARE(vault.kind(), SecretVault::Kind::KeyFile);
        QVERIFY(!vault.isHardwareBacked());
        QVERIFY(vault.warning().contains(QDir::toNativeSeparators(KeyFileVault::keyFilePath(dir.path()))));
    }

    void keyFileIsChosenWithoutAKeyring()
    {
        QTemporaryDir dir;
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir.path()));
        const std::unique_ptr<SecretVault> vault = Platform::secretVault(dir.path());
        QCOMPARE(vault->kind(), SecretVault::Kind::KeyFile);
        QVERIFY(!vault->warning().isEmpty());
    }
};

QTEST_GUILESS_MAIN(KeyFileVaultTest)
#include "tst_keyfilevault.moc"
