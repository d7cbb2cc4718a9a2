// SPDX-License-Identifier: GPL-3.0-or-later
// Core's cryptography works in a process that never ran the app's encryption check, which used to be the only
// caller of sodium_init. Each entry point runs first thing in a fresh process (this binary, started again
// with
// --first-use NAME), must do its work, and must leave libsodium initialised.
#include "store/databasekey.h"
#include "store/keycheck.h"
#include "store/pinlock.h"
#include "trust/crypto.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <cstring>
#include <functional>
#include <map>

using namespace kring;

namespace {

const QString pin = QStringLiteral("246813");

DatabaseKey fixedKey()
{
    return *DatabaseKey::fromBytes(QByteArray(DatabaseKey::size, '\x42'));
}

// What the child process runs first; true when it did its work. Arguments: what the parent prepared.
const std::map<QString, std::function<bool(const QStringList &)>> &firstUses()
{
    static const std::map<QString, std::function<bool(const QStringList &)>> uses{
        {QStringLiteral("DatabaseKey::generate"),
         [](const QStringList &) { return !(DatabaseKey::generate() == DatabaseKey::generate()); }},
        {QStringLiteral("PinLock::wrap"),
         [](const QStringList &) { return PinLock::wrap(fixedKey(), pin, PinLock::interactiveLimits).ok(); }},
        {QStringLiteral("PinLock::unwrap"),
         [](const QStringList &arguments) {
             const Result<DatabaseKey> key =
                 PinLock::unwrap(QByteArray::fromHex(arguments.value(0).toLatin1()), pin);
             return key.ok() && key.value() == fixedKey();
         }},
        {QStringLiteral("KeyCheck::check"),
         [](const QStringList &arguments) {
             return KeyCheck::check(arguments.value(0), fixedKey()) == KeyCheck::Verdict::Fits;
         }},
        {QStringLiteral("trust::generateKeyPair"),
         [](const QStringList &) { return trust::generateKeyPair().seed.size() == trust::seedSize; }},
    };
    return uses;
}

// The child: 0 when the entry point worked and libsodium reports that it was already initialised (1).
int runFirstUse(const QString &name, const QStringList &arguments)
{
    const auto use = firstUses().find(name);
    if (use == firstUses().end() || !use->second(arguments))
        return 2;
    return sodium_init() == 1 ? 0 : 3;
}

} // namespace

class SodiumFirstUseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entryPointWorksFirstInAFreshProcess_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &[name, use] : firstUses())
            QTest::newRow(qPrintable(name)) << name;
    }

    void entryPointWorksFirstInAFreshProcess()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QStringList arguments{QStringLiteral("--first-use"), name};
        if (name == u"PinLock::unwrap")
            arguments << QString::fromLatin1(
                PinLock::wrap(fixedKey(), pin, PinLock::interactiveLimits).value().toHex());
        if (name == u"KeyCheck::check") {
            QVERIFY(KeyCheck::write(dir.path(), fixedKey()));
            arguments << dir.path();
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), arguments);
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() != 2, "the entry point did not work in a fresh process");
        QVERIFY2(child.exitCode() != 3, "the entry point left libsodium uninitialised");
        QCOMPARE(child.exitCode(), 0);
    }
};

int main(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--first-use") == 0) {
        QStringList arguments;
        for (int i = 3; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        return runFirstUse(QString::fromLatin1(argv[2]), arguments);
    }
    QCoreApplication app(argc, argv);
    SodiumFirstUseTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sodiumfirstuse.moc"
