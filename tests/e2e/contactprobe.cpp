// SPDX-License-Identifier: GPL-3.0-or-later
// kring-contact-probe: the contact person's steps as the app's Contactpersoon page takes them
// (contact::ContactDesk on the store in a data folder, opened with the app's key vault), for the end-to-end
// tests. Each command prints what the page would show and exits 1 with the reason when refused.
//   enrol DIR ROOT GROUP           a contact key for GROUP; prints the request code
//   certificate DIR ROOT CODE      takes the certificate code
//   cancel DIR ROOT DATE FEED_URL  signs a cancellation of DATE and delivers it to the inbox beside FEED_URL;
//                                  prints the share link; exit 1 unless the inbox took it
#include "contact/contactdesk.h"
#include "platformsecretvault.h"
#include "store/databasekeys.h"
#include "store/store.h"
#include "sync/httpfeedsource.h"
#include "sync/inboxsender.h"
#include "trust/pinnedroot.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace kring;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "kring-contact-probe: %s\n", qPrintable(message));
    std::exit(1);
}

template<typename T> T orDie(Result<T> result)
{
    if (!result)
        die(result.error());
    return std::move(result).value();
}

Store openStore(const QString &dataDir)
{
    const auto vault = Platform::secretVault(dataDir);
    const DatabaseKey key = orDie(DatabaseKeys::obtain(*vault, Store::exists(dataDir)));
    return orDie(Store::open(dataDir, key));
}

int run(const QStringList &arguments)
{
    if (arguments.size() < 4)
        return 2;
    const QString command = arguments[0];
    Store store = openStore(arguments[1]);
    const trust::PinnedRoot root = orDie(trust::readPinnedRoot(arguments[2]));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const contact::TrustView trust = orDie(contact::trustView(store.database(), root.bytes, now));
    contact::ContactDesk desk(store.database());
    if (command == u"enrol") {
        std::printf("%s\n", qPrintable(orDie(desk.enrol(arguments[3], now)).requestCode));
        return 0;
    }
    if (command == u"certificate") {
        orDie(desk.importCertificate(arguments[3], trust));
        return 0;
    }
    if (command == u"cancel" && arguments.size() == 5) {
        trust::AnnouncementPayload draft;
        draft.kind = AnnouncementKind::Cancel;
        draft.date = QDate::fromString(arguments[3], Qt::ISODate);
        const OutboxItem item = orDie(desk.announce(draft, trust, now));
        const QUrl feed = orDie(sync::feedUrl(arguments[4]));
        orDie(contact::deliverWaiting(store.database(), sync::InboxSender(sync::inboxUrl(feed)), now));
        const OutboxItem sent = orDie(desk.history()).first();
        if (sent.delivery != DeliveryState::Delivered)
            die(QStringLiteral("not delivered: %1").arg(sent.problem));
        std::printf("%s\n", qPrintable(trust::announcementLink(item.envelope)));
        return 0;
    }
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int status = run(app.arguments().mid(1));
    if (status == 2)
        std::fprintf(stderr, "usage: kring-contact-probe enrol|certificate|cancel DIR ROOT ...\n");
    return status;
}
