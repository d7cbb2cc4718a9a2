// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyringvault.h"

#include "secretbytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <libsecret/secret.h>

namespace kring {
namespace {

const SecretSchema *keySchema()
{
    static const SecretSchema schema = {
        // Fixed, not the app id: keys stored under this name must stay findable if the id ever changes.
        "org.kringapp.kring.DatabaseKey",
        SECRET_SCHEMA_NONE,
        {{"data-dir", SECRET_SCHEMA_ATTRIBUTE_STRING}, {nullptr, SecretSchemaAttributeType(0)}},
        0,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr};
    return &schema;
}

Error keyringError(GError *error)
{
    const QString reason = QString::fromUtf8(error ? error->message : "");
    g_clear_error(&error);
    return Error{QCoreApplication::translate("KeyringVault", "The keyring did not give Kring its key: %1")
                     .arg(reason)};
}

// Only ask GLib for the session bus when one is there: without it GLib may try to start one.
bool sessionBusIsThere()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("bus")));
}

} // namespace

KeyringVault::KeyringVault(const QString &dataDir)
    : m_dataDir(QDir(dataDir).absolutePath().toUtf8())
{}

bool KeyringVault::answers()
{
    if (!sessionBusIsThere())
        return false;
    GError *error = nullptr;
    gchar *found =
        secret_password_lookup_sync(keySchema(), nullptr, &error, "data-dir", m_dataDir.constData(), nullptr);
    secret_password_free(found);
    const bool ok = error == nullptr;
    g_clear_error(&error);
    return ok;
}

Result<std::optional<QByteArray>> KeyringVault::load()
{
    GError *error = nullptr;
    gchar *hex =
        secret_password_lookup_sync(keySchema(), nullptr, &error, "data-dir", m_dataDir.constData(), nullptr);
    if (error)
        return keyringError(error);
    if (!hex)
        return std::optional<QByteArray>();
    // Read where it is: secret_password_free wipes libsecret's copy, and no other copy is made.
    QByteArray secret = QByteArray::fromHex(QByteArray::fromRawData(hex, qsizetype(qstrlen(hex))));
    secret_password_free(hex);
    return std::optional<QByteArray>(std::move(secret));
}

Status KeyringVault::store(const QByteArray &secret)
{
    const SecretBytes hex = secret.toHex();
    GError *error = nullptr;
    const gboolean stored =
        secret_password_store_sync(keySchema(), SECRET_COLLECTION_DEFAULT, "Kring", hex.constData(), nullptr,
                                   &error, "data-dir", m_dataDir.constData(), nullptr);
    if (!stored || error)
        return keyringError(error);
    return Done{};
}

Status KeyringVault::remove()
{
    GError *error = nullptr;
    secret_password_clear_sync(keySchema(), nullptr, &error, "data-dir", m_dataDir.constData(), nullptr);
    if (error)
        return keyringError(error);
    return Done{};
}

} // namespace kring
