// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "commandline.h"
#include "directory/directoryjson.h"
#include "gazetteer/gazetteer.h"
#include "search/searchindex.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdio>

using namespace kring;

namespace {

std::optional<GeoPoint> coordinates(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double latitude = match.captured(1).toDouble();
    const double longitude = match.captured(2).toDouble();
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)
        return std::nullopt;
    return GeoPoint{latitude, longitude};
}

QString jsonString(const QString &text)
{
    return QString::fromUtf8(QJsonDocument::fromVariant(QVariantList{text}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

int runSearch(const QStringList &arguments)
{
    const CommandLine command(QStringLiteral("search"), arguments, {"text", "near", "day", "limit", "now"});
    if (!command.ok())
        return command.usageError();
    if (command.positional().size() != 1)
        return command.usageError(QStringLiteral("expected one DIRECTORY file"));
    const QString path = command.positional().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return command.reject(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    auto directory = DirectoryJson::parse(file.readAll(), path);
    if (!directory)
        return command.reject(directory.error());

    SearchQuery query;
    query.text = command.value("text");
    query.limit = 20;
    if (command.has("limit")) {
        bool ok = false;
        query.limit = command.value("limit").toInt(&ok);
        if (!ok || query.limit < 1)
            return command.usageError(QStringLiteral("--limit takes a whole number of at least 1"));
    }
    if (command.has("day")) {
        static const QStringList days{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                      QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                      QStringLiteral("sun")};
        const qsizetype day = days.indexOf(command.value("day").toLower());
        if (day < 0)
            return command.usageError(QStringLiteral("--day takes mon, tue, wed, thu, fri, sat or sun"));
        query.weekdays = weekdayBit(int(day) + 1);
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (command.has("now")) {
        now = QDateTime::fromString(command.value("now"), Qt::ISODate);
        if (!now.isValid())
            return command.usageError(
                QStringLiteral("--now takes an ISO 8601 date-time such as 2026-12-01T12:00:00Z"));
    }
    if (command.has("near")) {
        const QString near = command.value("near");
        query.near = coordinates(near);
        if (!query.near) {
            const auto gazetteer = Gazetteer::bundled();
            if (!gazetteer)
                return command.reject(gazetteer.error());
            const auto place = gazetteer.value().resolve(near);
            if (!place)
                return command.reject(
                    QStringLiteral("--near: no place or postcode \"%1\" in NL or BE").arg(near));
            query.near = GeoPoint{place->latitude, place->longitude};
            std::fprintf(stderr, "near %s (%s)\n", qPrintable(place->displayName(u"nl")),
                         qPrintable(place->country));
        }
    }

    const auto shared = std::make_shared<const Directory>(std::move(directory).value());
    const SearchIndex index = SearchIndex::build(shared, now, scheduledTimes);
    const auto results = index.search(query);
    for (const SearchResult &result : results) {
        const Group &group = shared->groups().at(result.groupIndex);
        const Meeting &meeting = group.meetings.at(result.meetingIndex);
        const QString distance =
            result.distanceKm ? QString::number(*result.distanceKm, 'f', 2) : QStringLiteral("null");
        const QString next =
            result.next
                ? jsonString(
                      result.next->toTimeZone(QTimeZone(meeting.timeZone.toUtf8())).toString(Qt::ISODate))
                : QStringLiteral("null");
        std::printf("{\"group\":%s,\"name\":%s,\"distance_km\":%s,\"next\":%s}\n",
                    qPrintable(jsonString(group.id)), qPrintable(jsonString(group.name)),
                    qPrintable(distance), qPrintable(next));
    }
    const SearchOrder order = SearchIndex::orderFor(query);
    std::fprintf(stderr, "%lld group(s) found, %s\n", qlonglong(results.size()),
                 order == SearchOrder::BestMatch ? "best match first"
                 : order == SearchOrder::Nearest ? "nearest first"
                                                 : "next meeting first");
    return 0;
}
