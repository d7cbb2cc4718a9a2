// SPDX-License-Identifier: GPL-3.0-or-later
#include "followedchangerepository.h"

#include "storedtime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kring {
namespace {

using FollowedChanges::Change;

const QString dateFormat = QStringLiteral("yyyy-MM-dd");
const QString localTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

QByteArray announcementJson(const Announcement &announcement)
{
    QJsonObject object{{QStringLiteral("kind"), int(announcement.kind)},
                       {QStringLiteral("group"), announcement.groupId}};
    const auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("meeting", announcement.meetingId);
    put("date", announcement.date.toString(dateFormat));
    put("until", announcement.until.toString(dateFormat));
    put("movedTo", announcement.movedTo.toString(localTimeFormat));
    put("venue", announcement.venue);
    put("rrule", announcement.rrule);
    put("time", announcement.time.toString(QStringLiteral("HH:mm")));
    put("text", announcement.text);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Announcement> announcementFromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const int kind = object.value(QStringLiteral("kind")).toInt(-1);
    if (kind < int(AnnouncementKind::Cancel) || kind > int(AnnouncementKind::Note))
        return std::nullopt;
    const auto text = [&](const char *key) { return object.value(QLatin1String(key)).toString(); };
    Announcement announcement;
    announcement.kind = AnnouncementKind(kind);
    announcement.groupId = text("group");
    announcement.meetingId = text("meeting");
    announcement.date = QDate::fromString(text("date"), dateFormat);
    announcement.until = QDate::fromString(text("until"), dateFormat);
    announcement.movedTo = QDateTime::fromString(text("movedTo"), localTimeFormat);
    announcement.venue = text("venue");
    announcement.rrule = text("rrule");
    announcement.time = QTime::fromString(text("time"), QStringLiteral("HH:mm"));
    announcement.text = text("text");
    return announcement;
}

} // namespace

Status FollowedChangeRepository::add(const QList<Change> &changes, const QDateTime &now)
{
    if (changes.isEmpty())
        return Done{};
    const Result<QList<Change>> kept = all();
    if (!kept)
        return Error{kept.error()};
    Result<Transaction> transaction = Transaction::begin(m_database);
    if (!transaction)
        return Error{transaction.error()};
    Result<Statement> insert = m_database.prepare(
        "INSERT INTO followed_changes (group_id, group_name, kind, announcement, found_at) "
        "VALUES (?, ?, ?, ?, ?);");
    if (!insert)
        return Error{insert.error()};
    QList<Change> known = kept.value();
    for (const Change &change : changes) {
        if (known.contains(change))
            continue;
        known.append(change);
        Statement &s = insert.value();
        s.reset();
        s.bind(1, change.groupId).bind(2, change.groupName).bind(3, FollowedChanges::kindName(change.kind));
        if (change.announcement)
            s.bindBlob(4, announcementJson(*change.announcement));
        else
            s.bindNull(4);
        StoredTime::bind(s, 5, now);
        if (const Status inserted = s.run(); !inserted)
            return inserted;
    }
    return transaction.value().commit();
}

Result<QList<Change>> FollowedChangeRepository::all()
{
    Result<Statement> query = m_database.prepare(
        "SELECT group_id, group_name, kind, announcement FROM followed_changes ORDER BY position;");
    if (!query)
        return Error{query.error()};
    QList<Change> changes;
    for (;;) {
        const Result<bool> row = query.value().step();
        if (!row)
            return Error{row.error()};
        if (!row.value())
            return changes;
        const Statement &s = query.value();
        // A kind this version does not know (written by a newer one) is left out.
        const std::optional<FollowedChanges::Kind> kind = FollowedChanges::kindFromName(s.text(2));
        if (!kind)
            continue;
        Change change;
        change.kind = *kind;
        change.groupId = s.text(0);
        change.groupName = s.text(1);
        if (!s.isNull(3))
            change.announcement = announcementFromJson(s.blob(3));
        changes.append(change);
    }
}

Status FollowedChangeRepository::clear(const QString &groupId)
{
    Result<Statement> statement = m_database.prepare("DELETE FROM followed_changes WHERE group_id = ?;");
    if (!statement)
        return Error{statement.error()};
    statement.value().bind(1, groupId);
    return statement.value().run();
}

} // namespace kring
