// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedstatus.h"

#include "trust/crypto.h"
#include "trust/keydirectory.h"
#include "trust/revocations.h"
#include "trust/sizelimits.h"
#include "trust/snapshot.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace kring::feed {

Result<FeedStatus> feedStatus(const QString &keyDirectory, const QString &webRoot, const QDateTime &now)
{
    auto keys = trust::KeyDirectory::open(keyDirectory);
    if (!keys)
        return Error{keys.error()};
    FeedStatus status;
    const QString snapshotPath = webRoot + QStringLiteral("/feed/snapshot.json");
    if (QFile::exists(snapshotPath)) {
        QFile file(snapshotPath);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QCoreApplication::translate("Feed", "%1: cannot read: %2")
                             .arg(snapshotPath, file.errorString())};
        const QByteArray bytes = file.read(trust::maxSnapshotBytes + 1);
        auto snapshot = trust::verifySnapshot(bytes, keys.value().root(), snapshotPath);
        if (!snapshot)
            return Error{snapshot.error()};
        status.snapshotVersion = snapshot.value().version;
        status.snapshotExpires = snapshot.value().expires.toUTC();
        status.snapshotExpiresSoon = status.snapshotExpires <= now.addDays(FeedStatus::snapshotWarningDays);
    }
    auto revocations = trust::verifyRevocations(keys.value().revocations(), keys.value().root(),
                                                QStringLiteral("revocations.json"));
    if (!revocations)
        return Error{revocations.error()};
    auto issued = keys.value().issuedCertificates();
    if (!issued)
        return Error{issued.error()};
    for (const trust::Certificate &certificate : issued.value()) {
        if (revocations.value().serials.contains(certificate.serial) ||
            revocations.value().keyIds.contains(trust::keyId(certificate.contactKey)))
            continue;
        if (certificate.notAfter >= now &&
            certificate.notAfter <= now.addDays(FeedStatus::certificateWarningDays))
            status.expiringCertificates.append(certificate);
    }
    std::stable_sort(
        status.expiringCertificates.begin(), status.expiringCertificates.end(),
        [](const trust::Certificate &a, const trust::Certificate &b) { return a.notAfter < b.notAfter; });
    return status;
}

} // namespace kring::feed
