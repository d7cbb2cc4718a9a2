// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>

namespace kring {

// Whether the network's inbox has an announcement: waiting (not yet, or it could not be reached: tried again
// later), delivered, or refused by the inbox (tried no more).
enum class DeliveryState { Waiting, Delivered, Refused };

// One announcement its contact person signed on this device: the envelope as it was signed and the fields
// its history shows.
struct OutboxItem {
    qint64 id = 0; // given by add()
    QString contactKeyId;
    QString group;
    qint64 sequence = 0;
    QString kind; // announcementKindName()
    QDate date;
    QDate until;
    QDateTime movedTo; // local date and time
    QString venue;
    QString rrule;
    QTime time;
    QString note;
    QDateTime issued;
    QDateTime expires;
    QByteArray envelope;
    DeliveryState delivery = DeliveryState::Waiting;
    int attempts = 0;
    QDateTime attemptedAt;
    QString problem;        // why the last attempt did not deliver it
    qint64 withdrawsId = 0; // a withdrawal: the id of the item it takes back

    bool operator==(const OutboxItem &) const = default;
};

// What a contact person sent, newest first, and what still has to reach the inbox.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database &database)
        : m_database(database)
    {}

    // Adds `item` and returns its id.
    [[nodiscard]] Result<qint64> add(const OutboxItem &item);
    [[nodiscard]] Result<QList<OutboxItem>> all();
    [[nodiscard]] Result<QList<OutboxItem>> waiting();
    // The highest sequence number used with the key; 0 when none.
    [[nodiscard]] Result<qint64> lastSequence(const QString &contactKeyId);
    // Records an attempt to deliver item `id`.
    [[nodiscard]] Status recordAttempt(qint64 id, DeliveryState state, const QDateTime &at,
                                       const QString &problem);

private:
    [[nodiscard]] Result<QList<OutboxItem>> select(const char *sql);

    Database &m_database;
};

} // namespace kring
