// SPDX-License-Identifier: GPL-3.0-or-later
// "Use my position" with a recorded NMEA log replayed as the device's position, and when there is none.
#include "locator.h"

#include <QSignalSpy>
#include <QTest>

class LocatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsThePositionFromTheReplayedLog()
    {
        qputenv("KRING_NMEA_REPLAY", KRING_TEST_DATA "/nmea/eindhoven.nmea");
        Locator locator;
        QSignalSpy located(&locator, &Locator::located);
        locator.locate();
        QVERIFY(located.size() == 1 || located.wait(10000));
        QCOMPARE(locator.state(), Locator::State::Located);
        QVERIFY(qAbs(located.first().at(0).toDouble() - 51.4416) < 0.001);
        QVERIFY(qAbs(located.first().at(1).toDouble() - 5.4697) < 0.001);
    }

    void saysSoWhenThereIsNoPosition()
    {
        qputenv("KRING_NMEA_REPLAY", KRING_TEST_DATA "/nmea/does-not-exist.nmea");
        Locator locator;
        QSignalSpy changed(&locator, &Locator::stateChanged);
        locator.locate();
        QCOMPARE(locator.state(), Locator::State::Failed);
        QVERIFY(!locator.errorMessage().isEmpty());
        QVERIFY(changed.size() >= 1);
    }
};

QTEST_GUILESS_MAIN(LocatorTest)
#include "tst_locator.moc"
