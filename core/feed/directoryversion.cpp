// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryversion.h"

#include "directory/directoryjson.h"
#include "trust/envelope.h"
#include "trust/sizelimits.h"
#include "json/strictjson.h"

#include <QCoreApplication>

#include <cmath>

namespace kring::feed {

using namespace trust;

static_assert(DirectoryJson::maxVersion == maxVersionNumber);

namespace {

const QString previousName = QStringLiteral("previous directory.json");

Status checkSignedByOneOf(const Envelope &envelope, const QList<RootMetadata> &roots)
{
    Status newest = Error{QCoreApplication::translate("Feed", "no root metadata to publish")};
    for (auto root = roots.crbegin(); root != roots.crend(); ++root) {
        const Status signedBy = checkSignatures(envelope, SignedType::Directory, root->root, previousName);
        if (signedBy)
            return signedBy;
        if (root == roots.crbegin())
            newest = signedBy;
    }
    return newest;
}

Result<qint64> versionOf(const QJsonObject &directory)
{
    const QJsonValue value = directory.value(QLatin1StringView("version"));
    if (value.isUndefined())
        return qint64(0);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || !(number >= 1 && number <= double(maxVersionNumber)) ||
        number != std::trunc(number))
        return Error{QCoreApplication::translate("Feed", "%1: version: expected a whole number from 1 to %2")
                         .arg(previousName)
                         .arg(maxVersionNumber)};
    return qint64(number);
}

PublishedDirectory stamped(const Directory &directory)
{
    return PublishedDirectory{directory.version, DirectoryJson::serialize(directory)};
}

} // namespace

Result<PublishedDirectory> readPublishedDirectory(const QByteArray &envelopeBytes,
                                                  const QList<RootMetadata> &roots)
{
    if (envelopeBytes.isEmpty())
        return PublishedDirectory{};
    auto envelope = parseEnvelope(envelopeBytes, previousName, maxDirectoryBytes);
    if (!envelope)
        return Error{envelope.error()};
    if (const Status signedBy = checkSignedByOneOf(envelope.value(), roots); !signedBy)
        return Error{signedBy.error()};
    auto object = json::parseStrictObject(envelope.value().payload, previousName);
    if (!object)
        return Error{object.error()};
    auto version = versionOf(object.value());
    if (!version)
        return Error{version.error()};
    return PublishedDirectory{version.value(), std::move(envelope.value().payload)};
}

Result<PublishedDirectory> stampDirectory(Directory directory, const PublishedDirectory &published)
{
    const qint64 given = directory.version;
    if (given != 0 && given < published.version)
        return Error{QCoreApplication::translate("Feed",
                                                 "directory: version %1 is lower than the version of the "
                                                 "published directory (%2); apps never go back to an older "
                                                 "directory: refused")
                         .arg(given)
                         .arg(published.version)};
    if (given > published.version)
        return stamped(directory);
    directory.version = published.version;
    if (published.version > 0) {
        PublishedDirectory unchanged = stamped(directory);
        if (unchanged.payload == published.payload)
            return unchanged;
    }
    if (published.version >= maxVersionNumber)
        return Error{QCoreApplication::translate("Feed",
                                                 "directory: version %1 is the highest apps accept; a "
                                                 "changed directory cannot be published")
                         .arg(published.version)};
    directory.version = published.version + 1;
    return stamped(directory);
}

} // namespace kring::feed
