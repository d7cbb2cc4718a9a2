// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactkeyrepository.h"

#include "storedtime.h"

namespace kring {

Status ContactKeyRepository::add(const ContactKey &key)
{
    Result<Statement> statement = m_database.prepare("INSERT INTO contact_keys (id, secret_key, certificate, "
                                                     "created_at, group_id) VALUES (?, ?, ?, ?, ?);");
    if (!statement)
        return Error{statement.error()};
    statement.value().bind(1, key.id).bindBlob(2, key.secretKey);
    if (key.certificate.isEmpty())
        statement.value().bindNull(3);
    else
        statement.value().bindBlob(3, key.certificate);
    StoredTime::bind(statement.value(), 4,
                     key.createdAt.isValid() ? key.createdAt : QDateTime::currentDateTimeUtc());
    statement.value().bind(5, key.group);
    return statement.value().run();
}

Status ContactKeyRepository::setCertificate(const QString &id, const QByteArray &certificate)
{
    Result<Statement> statement = m_database.prepare("UPDATE contact_keys SET certificate = ? WHERE id = ?;");
    if (!statement)
        return Error{statement.error()};
    statement.value().bindBlob(1, certificate).bind(2, id);
    return statement.value().run();
}

Result<QList<ContactKey>> ContactKeyRepository::all()
{
    Result<Statement> query = m_database.prepare("SELECT id, secret_key, certificate, created_at, group_id "
                                                 "FROM contact_keys ORDER BY created_at, id;");
    if (!query)
        return Error{query.error()};
    QList<ContactKey> keys;
    for (;;) {
        const Result<bool> row = query.value().step();
        if (!row)
            return Error{row.error()};
        if (!row.value())
            return keys;
        const Statement &s = query.value();
        keys.append({s.text(0), s.blob(1), s.isNull(2) ? QByteArray() : s.blob(2), StoredTime::read(s, 3),
                     s.text(4)});
    }
}

Status ContactKeyRepository::remove(const QString &id)
{
    Result<Statement> statement = m_database.prepare("DELETE FROM contact_keys WHERE id = ?;");
    if (!statement)
        return Error{statement.error()};
    statement.value().bind(1, id);
    return statement.value().run();
}

} // namespace kring
