// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactexample.h"

#include "store/store.h"
#include "trust/certificate.h"

using namespace kring;

namespace {

// A group of the demo directory that meets every week, so the page lists several coming meetings.
QString weeklyGroup(const Directory &directory)
{
    for (const Group &group : directory.groups()) {
        for (const Meeting &meeting : group.meetings) {
            if (meeting.rrule.contains(QStringLiteral("FREQ=WEEKLY")) &&
                meeting.status == MeetingStatus::Active)
                return group.id;
        }
    }
    return directory.groups().isEmpty() ? QString() : directory.groups().first().id;
}

QByteArray certify(const trust::KeyPair &rootKey, const QString &requestCode, const QDateTime &now)
{
    const auto request = trust::parseRequestCode(requestCode);
    const trust::Certificate certificate{QStringLiteral("0000000000000001"),
                                         {request.value().group},
                                         request.value().contactKey,
                                         now.addDays(-1),
                                         now.addDays(90)};
    return trust::serializeEnvelope(trust::signEnvelope(trust::SignedType::Certificate,
                                                        trust::certificatePayload(certificate), {rootKey}));
}

} // namespace

Result<std::unique_ptr<ContactExample>> ContactExample::create(AppController &controller,
                                                               const QDateTime &now)
{
    auto example = std::unique_ptr<ContactExample>(new ContactExample);
    const auto directory = controller.groupDirectory({});
    if (!directory || !example->m_folder.isValid())
        return Error{QStringLiteral("the demo directory is not loaded")};
    auto key = std::make_shared<const DatabaseKey>(DatabaseKey::generate());
    auto store = Store::open(example->m_folder.path(), *key);
    if (!store)
        return Error{store.error()};
    example->m_store = std::make_shared<Store>(std::move(store).value());

    const trust::KeyPair rootKey = trust::generateKeyPair();
    trust::RootMetadata root{
        1, now.addDays(-1), now.addDays(365), {1, {rootKey.publicKey}}, {1, {rootKey.publicKey}}};
    const QByteArray pinnedRoot = trust::serializeEnvelope(
        trust::signEnvelope(trust::SignedType::Root, trust::rootPayload(root), {rootKey}));

    ContactController &contact = *controller.contact();
    contact.setNow(now);
    contact.setContext({example->m_store,
                        Store::databasePath(example->m_folder.path()),
                        key,
                        pinnedRoot,
                        {},
                        [directory](const QString &) { return directory; },
                        {}});
    contact.enrol(weeklyGroup(*directory));
    contact.importCertificate(trust::certificateCode(certify(rootKey, contact.requestCode(), now)));
    NextDatesModel *dates = contact.group()->nextDates();
    if (contact.state() != u"certified" || dates->rowCount() < 2)
        return Error{
            QStringLiteral("the example contact person could not be set up: %1").arg(contact.message())};
    const QDate second = dates->data(dates->index(1), NextDatesModel::StartRole).toDateTime().date();
    if (!contact.prepare(QStringLiteral("cancel"),
                         {{QStringLiteral("date"), second.toString(Qt::ISODate)}}) ||
        !contact.send())
        return Error{contact.message()};
    return example;
}
