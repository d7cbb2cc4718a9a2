// SPDX-License-Identifier: GPL-3.0-or-later
// The Contactpersoon page's controller as a contact person uses it: enrol, take the certificate, tap a date,
// see the preview as seekers will, send, and find it struck through in the group's coming meetings and in the
// history, waiting for delivery when there is no network.
#include "contactcontroller.h"
#include "directory/directoryjson.h"
#include "store/store.h"
#include "trusttestnetwork.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kring;
using namespace kring::testing;

namespace {

const QString group = QStringLiteral("ehv-rouw-partner");

std::shared_ptr<const Directory> smallDirectory()
{
    QFile file(QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json"));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    auto parsed = DirectoryJson::parse(file.readAll(), QStringLiteral("small.json"));
    return parsed ? std::make_shared<const Directory>(std::move(parsed).value()) : nullptr;
}

QString certificateFor(const TestNetwork &network, const QString &requestCode, const QDateTime &notBefore)
{
    const auto request = trust::parseRequestCode(requestCode);
    const trust::Certificate certificate{QStringLiteral("00000000000000aa"),
                                         {request.value().group},
                                         request.value().contactKey,
                                         notBefore,
                                         notBefore.addDays(90)};
    return trust::certificateCode(trust::serializeEnvelope(trust::signEnvelope(
        trust::SignedType::Certificate, trust::certificatePayload(certificate), {network.rootKey})));
}

} // namespace

class ContactControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aContactPersonCancelsAMeetingFromTheList()
    {
        QTemporaryDir dir;
        auto key = std::make_shared<const DatabaseKey>(DatabaseKey::generate());
        auto store = std::make_shared<Store>(Store::open(dir.path(), *key).value());
        const auto directory = smallDirectory();
        QVERIFY(directory);
        TestNetwork network(utc(2026, 11, 1));
        ContactController contact(QStringLiteral("nl"));
        contact.setNow(utc(2026, 11, 2));
        contact.setContext({store,
                            Store::databasePath(dir.path()),
                            key,
                            network.pinnedRoot(),
                            {},
                            [directory](const QString &) { return directory; },
                            {}});
        QCOMPARE(contact.state(), QStringLiteral("none"));

        contact.enrol(group);
        QCOMPARE(contact.state(), QStringLiteral("waiting"));
        QVERIFY(contact.requestCode().startsWith(QStringLiteral("KRING-REQ-")));
        contact.importCertificate(QStringLiteral("KRING-CERT-AAAA"));
        QVERIFY(contact.messageIsError());
        QCOMPARE(contact.state(), QStringLiteral("waiting"));
        // The network may send the certificate as a link that opens Kring.
        const QString code = certificateFor(network, contact.requestCode(), utc(2026, 11, 1));
        contact.importCertificate(trust::certificateLink(trust::envelopeFromCertificateCode(code).value()));
        QCOMPARE(contact.state(), QStringLiteral("certified"));
        QVERIFY(contact.statusText().contains(QStringLiteral("30 januari")));

        NextDatesModel *dates = contact.group()->nextDates();
        QVERIFY(dates->rowCount() >= 2);
        const QDate second = dates->data(dates->index(1), NextDatesModel::StartRole).toDateTime().date();
        QVERIFY(!contact.prepare(QStringLiteral("move"),
                                 {{QStringLiteral("date"), second.toString(Qt::ISODate)}}));
        QVERIFY(contact.messageIsError());
        QVERIFY(!contact.previewReady());

        QVERIFY(contact.prepare(QStringLiteral("cancel"),
                                {{QStringLiteral("date"), second.toString(Qt::ISODate)}}));
        QVERIFY(contact.previewReady());
        NextDatesModel *preview = contact.preview()->nextDates();
        QCOMPARE(preview->data(preview->index(1), NextDatesModel::StatusRole).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(dates->data(dates->index(1), NextDatesModel::StatusRole).toString(),
                 QStringLiteral("scheduled"));

        QVERIFY(contact.send());
        QVERIFY(!contact.previewReady());
        QCOMPARE(dates->data(dates->index(1), NextDatesModel::StatusRole).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(contact.history().size(), 1);
        // The next draft's preview shows what was sent too, as seekers will see both.
        const QDate third = dates->data(dates->index(2), NextDatesModel::StartRole).toDateTime().date();
        QVERIFY(contact.prepare(QStringLiteral("cancel"),
                                {{QStringLiteral("date"), third.toString(Qt::ISODate)}}));
        QCOMPARE(preview->data(preview->index(2), NextDatesModel::StatusRole).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(preview->data(preview->index(1), NextDatesModel::StatusRole).toString(),
                 QStringLiteral("cancelled"));
        contact.cancelDraft();
        const QVariantMap sent = contact.history().first().toMap();
        QVERIFY(sent.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Gaat niet door")) ||
                sent.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Cancelled")));
        QVERIFY(!sent.value(QStringLiteral("delivered")).toBool());
        const QString link = contact.linkOf(sent.value(QStringLiteral("id")).toLongLong());
        QVERIFY(link.startsWith(QStringLiteral("kring://a/")));
        QVERIFY(trust::verifyAnnouncement(trust::envelopeFromLink(link).value(), network.root, {},
                                          utc(2026, 11, 2), QStringLiteral("link"))
                    .ok());

        QVERIFY(sent.value(QStringLiteral("canWithdraw")).toBool());
        QVERIFY(contact.withdraw(sent.value(QStringLiteral("id")).toLongLong()));
        QCOMPARE(dates->data(dates->index(1), NextDatesModel::StatusRole).toString(),
                 QStringLiteral("scheduled"));
        QCOMPARE(contact.history().size(), 2);
        QVERIFY(!contact.history().last().toMap().value(QStringLiteral("canWithdraw")).toBool());
        QVERIFY(!contact.history().first().toMap().value(QStringLiteral("canWithdraw")).toBool());

        contact.forget();
        QCOMPARE(contact.state(), QStringLiteral("none"));
        QCOMPARE(contact.history().size(), 2); // what was sent stays in the history
    }
};

QTEST_MAIN(ContactControllerTest)
#include "tst_contactcontroller.moc"
