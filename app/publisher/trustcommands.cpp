// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustcommands.h"

#include "trustoptions.h"

#include "trust/keydirectory.h"

#include <QRegularExpression>

#include <cstdio>

using namespace kring;
using namespace kring::trust;

int runInit(const QStringList &arguments)
{
    CommandLine options(QStringLiteral("init"), arguments, {"out", "link-host", "now"});
    if (!usable(options, {"out"}))
        return exitUsage;
    const auto now = nowOption(options);
    if (!now)
        return options.usageError(QStringLiteral("--now: expected an ISO 8601 date-time"));
    if (options.has("link-host") && !isValidLinkHost(options.value("link-host")))
        return options.usageError(QStringLiteral("--link-host: expected a host name in lower case, such as "
                                                 "kring.example.nl"));
    auto keys = KeyDirectory::create(options.value("out"), *now, options.value("link-host"));
    if (!keys)
        return options.reject(keys.error());
    std::fprintf(stderr, "root version 1 with root key %s and feed key %s; apps pin %s/root.json\n",
                 qPrintable(keyId(keys.value().root().root.keys.first())),
                 qPrintable(keyId(keys.value().feedKey().publicKey)), qPrintable(options.value("out")));
    return 0;
}

int runRotateRoot(const QStringList &arguments)
{
    CommandLine options(QStringLiteral("rotate-root"), arguments, {"keys", "link-host", "now"}, {"keep-key"});
    if (!usable(options, {"keys"}))
        return exitUsage;
    const auto now = nowOption(options);
    if (!now)
        return options.usageError(QStringLiteral("--now: expected an ISO 8601 date-time"));
    if (options.has("keep-key")) {
        if (options.has("link-host"))
            return options.usageError(
                QStringLiteral("--keep-key renews the root as it is, without --link-host"));
        auto keys = KeyDirectory::open(options.value("keys"));
        if (!keys)
            return options.reject(keys.error());
        if (const Status renewed = keys.value().renewRoot(*now); !renewed)
            return options.reject(renewed.error());
        std::fprintf(stderr, "root.json is now version %d with the same root key, until %s\n",
                     keys.value().root().version, qPrintable(formatTime(keys.value().root().expires)));
        return 0;
    }
    if (options.has("link-host") && !isValidLinkHost(options.value("link-host")))
        return options.usageError(QStringLiteral("--link-host: expected a host name in lower case, such as "
                                                 "kring.example.nl"));
    auto keys = KeyDirectory::open(options.value("keys"));
    if (!keys)
        return options.reject(keys.error());
    const std::optional<QString> linkHost =
        options.has("link-host") ? std::optional(options.value("link-host")) : std::nullopt;
    if (const Status rotated = keys.value().rotateRoot(*now, linkHost); !rotated)
        return options.reject(rotated.error());
    std::fprintf(stderr, "root.json is now version %d, signed by the keys of version %d and the new key %s\n",
                 keys.value().root().version, keys.value().root().version - 1,
                 qPrintable(keyId(keys.value().root().root.keys.first())));
    return 0;
}

int runContactKey(const QStringList &arguments)
{
    CommandLine options(QStringLiteral("contact-key"), arguments, {"out", "group"});
    if (!usable(options, {"out", "group"}))
        return exitUsage;
    static const QRegularExpression groupPattern(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    if (!groupPattern.match(options.value("group")).hasMatch())
        return options.usageError(QStringLiteral("--group: expected a group id (a-z, 0-9, '.', '_', '-')"));
    const KeyPair key = generateKeyPair();
    if (const Status written = writeSecretKeyFile(options.value("out"), QStringLiteral("contact"), key,
                                                  {{QStringLiteral("group"), options.value("group")}});
        !written)
        return options.reject(written.error());
    printLine(requestCode(CertificateRequest{options.value("group"), key.publicKey}).toLatin1());
    return 0;
}

int runCertify(const QStringList &arguments)
{
    CommandLine options(QStringLiteral("certify"), arguments, {"keys", "request", "days", "now"}, {"link"});
    if (!usable(options, {"keys", "request"}))
        return exitUsage;
    const auto now = nowOption(options);
    const auto days = numberOption(options, "days", defaultCertificateDays, 1, 3660);
    if (!now || !days)
        return options.usageError(QStringLiteral("--days: expected 1 to 3660; --now: an ISO 8601 date-time"));
    auto request = parseRequestCode(options.value("request"));
    if (!request)
        return options.reject(request.error());
    auto keys = KeyDirectory::open(options.value("keys"));
    if (!keys)
        return options.reject(keys.error());
    auto certificate = keys.value().certify(request.value(), *days, *now);
    if (!certificate)
        return options.reject(certificate.error());
    printLine((options.has("link") ? certificateLink(certificate.value().first)
                                   : certificateCode(certificate.value().first))
                  .toLatin1());
    std::fprintf(stderr, "serial %s\n", qPrintable(certificate.value().second.serial));
    return 0;
}

int runRevoke(const QStringList &arguments)
{
    CommandLine options(QStringLiteral("revoke"), arguments, {"keys", "serial", "key", "now"});
    if (!usable(options, {"keys"}))
        return exitUsage;
    if (!options.has("serial") && !options.has("key"))
        return options.usageError(QStringLiteral("--serial is required"));
    static const QRegularExpression serialPattern(QStringLiteral("^[0-9a-f]{16}$"));
    static const QRegularExpression keyIdPattern(QStringLiteral("^[0-9a-f]{32}$"));
    if (options.has("serial") && !serialPattern.match(options.value("serial")).hasMatch())
        return options.usageError(QStringLiteral("--serial: expected the 16 hex digits `certify` printed"));
    if (options.has("key") && !keyIdPattern.match(options.value("key")).hasMatch())
        return options.usageError(QStringLiteral("--key: expected a key id of 32 hex digits"));
    const auto now = nowOption(options);
    if (!now)
        return options.usageError(QStringLiteral("--now: expected an ISO 8601 date-time"));
    auto keys = KeyDirectory::open(options.value("keys"));
    if (!keys)
        return options.reject(keys.error());
    if (const Status revoked = keys.value().revoke(options.value("serial"), options.value("key"), *now);
        !revoked)
        return options.reject(revoked.error());
    std::fprintf(stderr, "revoked; the next `kring-publisher build` publishes it\n");
    return 0;
}

int runServerKeys(const QStringList &arguments)
{
    CommandLine options(QStringLiteral("server-keys"), arguments, {"keys", "out"});
    if (!usable(options, {"keys", "out"}))
        return exitUsage;
    auto keys = KeyDirectory::open(options.value("keys"));
    if (!keys)
        return options.reject(keys.error());
    if (const Status written = keys.value().writeServerFolder(options.value("out")); !written)
        return options.reject(written.error());
    std::fprintf(stderr, "%s: feed key, root versions 1 to %d and the revocation list; no root key\n",
                 qPrintable(options.value("out")), keys.value().root().version);
    return 0;
}
