// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncsettings.h"

#include "store/settingsrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kring::sync {
namespace {

const QString intervalKey = QStringLiteral("sync.interval");
const QString proxyEnabledKey = QStringLiteral("sync.proxy_enabled");
const QString proxyKey = QStringLiteral("sync.proxy");
const QString feedUrlKey = QStringLiteral("sync.feed_url");
const QString lastSyncedKey = QStringLiteral("sync.last_synced");
const QString keptPrefix = QStringLiteral("sync.kept/");

QString intervalName(SyncInterval interval)
{
    switch (interval) {
    case SyncInterval::Off:
        return QStringLiteral("off");
    case SyncInterval::Hourly:
        return QStringLiteral("hourly");
    case SyncInterval::Every15Minutes:
        break;
    }
    return QStringLiteral("15min");
}

SyncInterval intervalNamed(const QString &name)
{
    if (name == u"off")
        return SyncInterval::Off;
    if (name == u"hourly")
        return SyncInterval::Hourly;
    return SyncInterval::Every15Minutes;
}

Status setOrRemove(SettingsRepository &settings, const QString &key, const QString &value)
{
    return value.isEmpty() ? settings.remove(key) : settings.setValue(key, value);
}

QString keptText(const KeptFile &file)
{
    const QJsonObject object{{QStringLiteral("url"), file.url.toString(QUrl::FullyEncoded)},
                             {QStringLiteral("etag"), QString::fromLatin1(file.etag)},
                             {QStringLiteral("last_modified"), QString::fromLatin1(file.lastModified)},
                             {QStringLiteral("body"), QString::fromLatin1(file.body.toBase64())}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<KeptFile> keptFile(const QString &text)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    KeptFile file;
    file.url = QUrl(object.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    file.etag = object.value(QStringLiteral("etag")).toString().toLatin1();
    file.lastModified = object.value(QStringLiteral("last_modified")).toString().toLatin1();
    const auto body = QByteArray::fromBase64Encoding(
        object.value(QStringLiteral("body")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const bool validators = (file.etag.isEmpty() || isShortValidator(file.etag)) &&
                            (file.lastModified.isEmpty() || isShortValidator(file.lastModified)) &&
                            !(file.etag.isEmpty() && file.lastModified.isEmpty());
    if (!file.url.isValid() || !validators || !body || body.decoded.isEmpty())
        return std::nullopt;
    file.body = body.decoded;
    return file;
}

} // namespace

std::chrono::minutes intervalLength(SyncInterval interval)
{
    switch (interval) {
    case SyncInterval::Off:
        return std::chrono::minutes(0);
    case SyncInterval::Hourly:
        return std::chrono::minutes(60);
    case SyncInterval::Every15Minutes:
        break;
    }
    return std::chrono::minutes(15);
}

Proxy SyncSettings::activeProxy() const
{
    if (!proxyEnabled)
        return {};
    const Result<Proxy> address = proxyAddress(proxy);
    return address ? address.value() : Proxy{};
}

Result<SyncSettings> readSyncSettings(Database &database)
{
    SettingsRepository settings(database);
    const Result<QHash<QString, QString>> values = settings.withPrefix(QStringLiteral("sync."));
    if (!values)
        return Error{values.error()};
    const QHash<QString, QString> &value = values.value();
    SyncSettings read;
    read.interval = intervalNamed(value.value(intervalKey));
    read.proxyEnabled = value.value(proxyEnabledKey) == u"1";
    read.proxy = value.value(proxyKey);
    read.feedUrl = value.value(feedUrlKey);
    read.lastSynced = QDateTime::fromString(value.value(lastSyncedKey), Qt::ISODate);
    return read;
}

Status saveInterval(Database &database, SyncInterval interval)
{
    SettingsRepository settings(database);
    return settings.setValue(intervalKey, intervalName(interval));
}

Status saveProxy(Database &database, bool enabled, const QString &address)
{
    Result<Transaction> transaction = Transaction::begin(database);
    if (!transaction)
        return Error{transaction.error()};
    SettingsRepository settings(database);
    if (const Status saved =
            settings.setValue(proxyEnabledKey, enabled ? QStringLiteral("1") : QStringLiteral("0"));
        !saved)
        return saved;
    if (const Status saved = setOrRemove(settings, proxyKey, address.trimmed()); !saved)
        return saved;
    return transaction.value().commit();
}

Status saveFeedUrl(Database &database, const QString &url)
{
    SettingsRepository settings(database);
    return setOrRemove(settings, feedUrlKey, url.trimmed());
}

Status saveLastSynced(Database &database, const QDateTime &when)
{
    SettingsRepository settings(database);
    return settings.setValue(lastSyncedKey, when.toUTC().toString(Qt::ISODateWithMs));
}

Result<QHash<QString, KeptFile>> readKeptFiles(Database &database)
{
    SettingsRepository settings(database);
    const Result<QHash<QString, QString>> values = settings.withPrefix(keptPrefix);
    if (!values)
        return Error{values.error()};
    QHash<QString, KeptFile> kept;
    for (auto it = values.value().begin(); it != values.value().end(); ++it) {
        const QString path = it.key().mid(keptPrefix.size());
        if (std::optional<KeptFile> file = keptFile(it.value()); file && isKeptPath(path))
            kept.insert(path, *file);
    }
    return kept;
}

Status saveKeptFiles(Database &database, const QHash<QString, KeptFile> &kept, const QSet<QString> &changed)
{
    if (changed.isEmpty())
        return Done{};
    Result<Transaction> transaction = Transaction::begin(database);
    if (!transaction)
        return Error{transaction.error()};
    SettingsRepository settings(database);
    for (const QString &path : changed) {
        const auto file = kept.constFind(path);
        const Status saved = file == kept.constEnd() ? settings.remove(keptPrefix + path)
                                                     : settings.setValue(keptPrefix + path, keptText(*file));
        if (!saved)
            return saved;
    }
    return transaction.value().commit();
}

} // namespace kring::sync
