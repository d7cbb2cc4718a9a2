// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fixed keys and a root for the fuzz targets, so that signed inputs reach the payload parsers.

#include "trust/certificate.h"
#include "trust/envelope.h"
#include "trust/rootmetadata.h"

#include <QTimeZone>

namespace kring::fuzz {

inline trust::KeyPair fixedKey(char fill)
{
    return trust::keyPairFromSeed(QByteArray(trust::seedSize, fill)).value();
}

inline const QDateTime &fixedNow()
{
    static const QDateTime now(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
    return now;
}

inline const trust::RootMetadata &fixedRoot()
{
    static const trust::RootMetadata root{1, fixedNow(), fixedNow().addDays(365),
                                          trust::Role{1, {fixedKey('r').publicKey}},
                                          trust::Role{1, {fixedKey('f').publicKey}}};
    return root;
}

inline QByteArray signedEnvelope(trust::SignedType type, const QByteArray &payload, const trust::KeyPair &key)
{
    return trust::serializeEnvelope(trust::signEnvelope(type, payload, {key}));
}

} // namespace kring::fuzz
