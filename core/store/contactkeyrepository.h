// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace kring {

// A contact person's key, generated on this device and never exported, and the certificate the network
// issued for it (empty until it is imported). Both are opaque bytes here; core/trust gives them meaning.
struct ContactKey {
    QString id;
    QByteArray secretKey;
    QByteArray certificate;
    QDateTime createdAt; // UTC
    QString group;       // the group the key was made for

    bool operator==(const ContactKey &) const = default;
};

class ContactKeyRepository
{
public:
    explicit ContactKeyRepository(Database &database)
        : m_database(database)
    {}

    // Adds a key; a key with the same id is refused rather than overwritten.
    [[nodiscard]] Status add(const ContactKey &key);
    [[nodiscard]] Status setCertificate(const QString &id, const QByteArray &certificate);
    [[nodiscard]] Result<QList<ContactKey>> all();
    // Removes a key: only when the person asks for it.
    [[nodiscard]] Status remove(const QString &id);

private:
    Database &m_database;
};

} // namespace kring
