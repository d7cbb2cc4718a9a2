// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/contactlinks.h"

#include <QTest>

using namespace kring;

class ContactLinksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What the Call button dials: the whole number in E.164, whatever way the team typed it.
    void phoneLinks_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("url"); // empty: no link, the button is hidden
        QTest::newRow("Dutch national number") << "040 123 4567"
                                               << "NL"
                                               << "tel:+31401234567";
        QTest::newRow("Belgian national number") << "03 000 00 12"
                                                 << "BE"
                                                 << "tel:+3230000012";
        QTest::newRow("international with spaces") << "+31 40 000 00 12"
                                                   << "BE"
                                                   << "tel:+31400000012";
        QTest::newRow("trunk zero in brackets") << "+31 (0)40 123 4567"
                                                << "NL"
                                                << "tel:+31401234567";
        QTest::newRow("00 instead of +") << "0032 3 000 00 12"
                                         << "NL"
                                         << "tel:+3230000012";
        QTest::newRow("dashes and dots") << "040-123.45.67"
                                         << "NL"
                                         << "tel:+31401234567";
        QTest::newRow("Dutch extension") << "040 123 4567 toestel 12"
                                         << "NL"
                                         << "tel:+31401234567;ext=12";
        QTest::newRow("English extension") << "+32 3 000 00 12 ext. 4"
                                           << "BE"
                                           << "tel:+3230000012;ext=4";
        QTest::newRow("no digits") << "bel ons"
                                   << "NL"
                                   << "";
        QTest::newRow("only punctuation") << "- -"
                                          << "NL"
                                          << "";
        QTest::newRow("national number without a country") << "040 123 4567"
                                                           << ""
                                                           << "";
        QTest::newRow("too short") << "+31 40 12"
                                   << "NL"
                                   << "";
        QTest::newRow("too long") << "+31 40 123 4567 8901 23"
                                  << "NL"
                                  << "";
        QTest::newRow("letters") << "040 CALL NOW"
                                 << "NL"
                                 << "";
    }

    void phoneLinks()
    {
        QFETCH(QString, phone);
        QFETCH(QString, country);
        QFETCH(QString, url);
        QCOMPARE(ContactLinks::telUrl(phone, country).toString(QUrl::FullyEncoded), url);
        const auto parsed = ContactLinks::parsePhone(phone, country);
        QCOMPARE(parsed.ok(), !url.isEmpty());
        if (!parsed.ok())
            QVERIFY2(parsed.error().contains(phone), qPrintable(parsed.error()));
    }

    // A mail field opens a mail to that one address and nothing else.
    void mailLinks_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("url");
        QTest::newRow("plain") << "rouw@example.org"
                               << "mailto:rouw@example.org";
        QTest::newRow("plus and dots") << "de.brug+kring@example.org"
                                       << "mailto:de.brug+kring@example.org";
        QTest::newRow("a second recipient in the query") << "rouw@example.org?cc=other@example.org"
                                                         << "";
        QTest::newRow("a header in the query") << "rouw@example.org?subject=x&body=y"
                                               << "";
        QTest::newRow("two addresses") << "a@example.org, b@example.org"
                                       << "";
        QTest::newRow("a name around it") << "De Brug <brug@example.org>"
                                          << "";
        QTest::newRow("no domain") << "rouw@"
                                   << "";
        QTest::newRow("no at") << "rouw.example.org"
                               << "";
        QTest::newRow("percent") << "a%40b@example.org"
                                 << "";
    }

    void mailLinks()
    {
        QFETCH(QString, address);
        QFETCH(QString, url);
        const QUrl link = ContactLinks::mailUrl(address);
        QCOMPARE(link.toString(QUrl::FullyEncoded), url);
        QCOMPARE(ContactLinks::checkMail(address).ok(), !url.isEmpty());
        if (!url.isEmpty()) {
            QVERIFY(!link.hasQuery());
            QCOMPARE(link.path(), address);
        }
    }

    // build refuses a directory with a contact that cannot be called or mailed, naming the group.
    void problemsNameTheGroup()
    {
        Venue venue;
        venue.id = QStringLiteral("v");
        venue.name = QStringLiteral("Zaal");
        venue.town = QStringLiteral("Leuven");
        venue.country = QStringLiteral("BE");
        Meeting meeting;
        meeting.id = QStringLiteral("m");
        meeting.venueId = venue.id;
        meeting.timeZone = QStringLiteral("Europe/Brussels");
        Group good;
        good.id = QStringLiteral("good");
        good.contact.phone = QStringLiteral("016 00 00 00");
        good.contact.email = QStringLiteral("good@example.org");
        good.meetings = {meeting};
        Group bad = good;
        bad.id = QStringLiteral("bad");
        bad.contact.phone = QStringLiteral("bellen");
        bad.contact.email = QStringLiteral("bad@example.org?cc=x@example.org");
        bad.meetings.first().id = QStringLiteral("m2");
        const Directory directory({}, {venue}, {good, bad});
        QCOMPARE(ContactLinks::countryOf(good, directory), QStringLiteral("BE"));
        const QStringList problems = ContactLinks::problems(directory);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).startsWith(QStringLiteral("group bad: contact phone")),
                 qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).startsWith(QStringLiteral("group bad: contact mail")),
                 qPrintable(problems.at(1)));
    }
};

QTEST_GUILESS_MAIN(ContactLinksTest)
#include "tst_contactlinks.moc"
