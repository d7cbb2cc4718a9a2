// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxrepository.h"

#include "storedtime.h"

namespace kring {
namespace {

constexpr const char *columns =
    "id, contact_key_id, group_id, sequence, kind, date, until, moved_to, venue, rrule, time, note, issued, "
    "expires, envelope, delivery, attempts, attempted_at, problem, withdraws_id";

QString stateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Waiting:
        return QStringLiteral("waiting");
    case DeliveryState::Delivered:
        return QStringLiteral("delivered");
    case DeliveryState::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

DeliveryState stateFromName(const QString &name)
{
    if (name == u"delivered")
        return DeliveryState::Delivered;
    if (name == u"refused")
        return DeliveryState::Refused;
    return DeliveryState::Waiting;
}

void bindText(Statement &statement, int index, const QString &text)
{
    if (text.isEmpty())
        statement.bindNull(index);
    else
        statement.bind(index, text);
}

QString optionalText(const Statement &statement, int column)
{
    return statement.isNull(column) ? QString() : statement.text(column);
}

OutboxItem readItem(const Statement &s)
{
    OutboxItem item;
    item.id = s.int64(0);
    item.contactKeyId = s.text(1);
    item.group = s.text(2);
    item.sequence = s.int64(3);
    item.kind = s.text(4);
    item.date = QDate::fromString(optionalText(s, 5), Qt::ISODate);
    item.until = QDate::fromString(optionalText(s, 6), Qt::ISODate);
    item.movedTo = QDateTime::fromString(optionalText(s, 7), Qt::ISODate);
    item.venue = optionalText(s, 8);
    item.rrule = optionalText(s, 9);
    item.time = QTime::fromString(optionalText(s, 10), QStringLiteral("HH:mm"));
    item.note = optionalText(s, 11);
    item.issued = StoredTime::read(s, 12);
    item.expires = StoredTime::read(s, 13);
    item.envelope = s.blob(14);
    item.delivery = stateFromName(s.text(15));
    item.attempts = int(s.int64(16));
    item.attemptedAt = StoredTime::read(s, 17);
    item.problem = optionalText(s, 18);
    item.withdrawsId = s.isNull(19) ? 0 : s.int64(19);
    return item;
}

} // namespace

Result<qint64> OutboxRepository::add(const OutboxItem &item)
{
    Result<Statement> statement = m_database.prepare(
        "INSERT INTO contact_outbox (contact_key_id, group_id, sequence, kind, date, until, moved_to, venue, "
        "rrule, time, note, issued, expires, envelope, delivery, attempts, withdraws_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting', 0, ?);");
    if (!statement)
        return Error{statement.error()};
    Statement &s = statement.value();
    s.bind(1, item.contactKeyId).bind(2, item.group).bind(3, item.sequence).bind(4, item.kind);
    bindText(s, 5, item.date.toString(Qt::ISODate));
    bindText(s, 6, item.until.toString(Qt::ISODate));
    bindText(s, 7,
             item.movedTo.isValid() ? item.movedTo.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString());
    bindText(s, 8, item.venue);
    bindText(s, 9, item.rrule);
    bindText(s, 10, item.time.isValid() ? item.time.toString(QStringLiteral("HH:mm")) : QString());
    bindText(s, 11, item.note);
    StoredTime::bind(s, 12, item.issued);
    StoredTime::bind(s, 13, item.expires);
    s.bindBlob(14, item.envelope);
    if (item.withdrawsId > 0)
        s.bind(15, item.withdrawsId);
    else
        s.bindNull(15);
    if (const Status added = s.run(); !added)
        return Error{added.error()};
    return m_database.queryInt("SELECT last_insert_rowid();");
}

Result<QList<OutboxItem>> OutboxRepository::select(const char *sql)
{
    Result<Statement> query = m_database.prepare(sql);
    if (!query)
        return Error{query.error()};
    QList<OutboxItem> items;
    for (;;) {
        const Result<bool> row = query.value().step();
        if (!row)
            return Error{row.error()};
        if (!row.value())
            return items;
        items.append(readItem(query.value()));
    }
}

Result<QList<OutboxItem>> OutboxRepository::all()
{
    static const QByteArray sql = QByteArray("SELECT ") + columns + " FROM contact_outbox ORDER BY id DESC;";
    return select(sql.constData());
}

Result<QList<OutboxItem>> OutboxRepository::waiting()
{
    static const QByteArray sql =
        QByteArray("SELECT ") + columns + " FROM contact_outbox WHERE delivery = 'waiting' ORDER BY id;";
    return select(sql.constData());
}

Result<qint64> OutboxRepository::lastSequence(const QString &contactKeyId)
{
    Result<Statement> query =
        m_database.prepare("SELECT coalesce(max(sequence), 0) FROM contact_outbox WHERE contact_key_id = ?;");
    if (!query)
        return Error{query.error()};
    query.value().bind(1, contactKeyId);
    const Result<bool> row = query.value().step();
    if (!row)
        return Error{row.error()};
    return query.value().int64(0);
}

Status OutboxRepository::recordAttempt(qint64 id, DeliveryState state, const QDateTime &at,
                                       const QString &problem)
{
    Result<Statement> statement = m_database.prepare(
        "UPDATE contact_outbox SET delivery = ?, attempts = attempts + 1, attempted_at = ?, problem = ? "
        "WHERE id = ?;");
    if (!statement)
        return Error{statement.error()};
    statement.value().bind(1, stateName(state));
    StoredTime::bind(statement.value(), 2, at);
    bindText(statement.value(), 3, problem);
    statement.value().bind(4, id);
    return statement.value().run();
}

} // namespace kring
