// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcement.h"

#include "fields.h"
#include "sizelimits.h"
#include "json/jsontext.h"
#include "json/strictjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace kring::trust {
namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr int rescheduleDays = 90;

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QTime readTime(Fields &fields, const char *key)
{
    static const QRegularExpression pattern(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d$"));
    const QString text = fields.string(key, 5);
    if (!text.isEmpty() && !pattern.match(text).hasMatch()) {
        fields.fail(QLatin1StringView(key),
                    QCoreApplication::translate("Trust", "expected a time such as \"19:30\""));
        return {};
    }
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

QByteArray payloadJson(const AnnouncementPayload &payload, const QJsonObject &certificate)
{
    QJsonObject object{{QStringLiteral("format"), QString(announcementFormat)},
                       {QStringLiteral("cert"), certificate},
                       {QStringLiteral("kind"), QString(announcementKindName(payload.kind))},
                       {QStringLiteral("group"), payload.group},
                       {QStringLiteral("seq"), payload.sequence},
                       {QStringLiteral("issued"), formatTime(payload.issued)},
                       {QStringLiteral("expires"), formatTime(payload.expires)}};
    if (payload.date.isValid())
        object.insert(QStringLiteral("date"), dateText(payload.date));
    if (payload.until.isValid())
        object.insert(QStringLiteral("until"), dateText(payload.until));
    if (payload.newDate.isValid())
        object.insert(QStringLiteral("to"), QStringLiteral("%1T%2").arg(dateText(payload.newDate),
                                                                        payload.newTime.toString(u"HH:mm")));
    if (!payload.venue.isEmpty())
        object.insert(QStringLiteral("venue"), payload.venue);
    if (!payload.rrule.isEmpty())
        object.insert(QStringLiteral("rrule"), payload.rrule);
    if (payload.time.isValid())
        object.insert(QStringLiteral("time"), payload.time.toString(u"HH:mm"));
    if (!payload.note.isEmpty())
        object.insert(QStringLiteral("note"), payload.note);
    if (!payload.withdraws.isEmpty())
        object.insert(QStringLiteral("withdraws"), digestText(payload.withdraws));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

unsigned presentFields(const AnnouncementPayload &payload)
{
    const std::pair<bool, AnnouncementField> parts[] = {
        {payload.date.isValid(), DateField},        {payload.until.isValid(), UntilField},
        {payload.newDate.isValid(), NewStartField}, {!payload.venue.isEmpty(), VenueField},
        {!payload.rrule.isEmpty(), RuleField},      {payload.time.isValid(), TimeField},
        {!payload.note.isEmpty(), NoteField},       {!payload.withdraws.isEmpty(), WithdrawsField}};
    unsigned present = 0;
    for (const auto &[isSet, field] : parts)
        present |= isSet ? unsigned(field) : 0U;
    return present;
}

// The first field among `fields`, by its name in the signed format.
QString firstFieldName(unsigned fields)
{
    for (unsigned field = 1; field <= WithdrawsField; field <<= 1) {
        if (fields & field)
            return announcementFieldName(AnnouncementField(field));
    }
    return {};
}

// The fields each kind needs and allows (announcementKindRules), checked after the signature.
void checkKind(Fields &fields, const AnnouncementPayload &payload)
{
    const AnnouncementKindRules &rules = announcementKindRules(payload.kind);
    const unsigned present = presentFields(payload);
    const unsigned missing =
        (rules.needed & ~present) | (rules.oneOf && !(present & rules.oneOf) ? rules.oneOf : 0U);
    if (missing)
        fields.fail(firstFieldName(missing),
                    QCoreApplication::translate("Trust", "needed for a %1 announcement").arg(rules.name));
    if (const unsigned extra = present & ~(rules.needed | rules.oneOf | rules.allowed))
        fields.fail(firstFieldName(extra),
                    QCoreApplication::translate("Trust", "not allowed in a %1 announcement").arg(rules.name));
    if ((present & DateField) && (present & UntilField) && payload.until < payload.date)
        fields.fail(QStringLiteral("until"),
                    QCoreApplication::translate("Trust", "before the date it starts"));
    if (payload.note.size() > maxAnnouncementNoteLength)
        fields.fail(
            QStringLiteral("note"),
            QCoreApplication::translate("Trust", "longer than %1 characters").arg(maxAnnouncementNoteLength));
    if (payload.expires < payload.issued)
        fields.fail(QStringLiteral("expires"), QCoreApplication::translate("Trust", "before it was issued"));
}

// The signed texts, as verifyAnnouncement checks them: "field: problem" for the first one it would refuse.
Status checkTexts(const AnnouncementPayload &payload)
{
    const std::tuple<const char *, const QString &, LineBreaks> texts[] = {
        {"group", payload.group, LineBreaks::Refused},
        {"venue", payload.venue, LineBreaks::Refused},
        {"rrule", payload.rrule, LineBreaks::Refused},
        {"note", payload.note, LineBreaks::Allowed}};
    for (const auto &[key, text, lineBreaks] : texts) {
        if (const QString problem = signedTextProblem(text, lineBreaks); !problem.isEmpty())
            return Error{QStringLiteral("%1: %2").arg(QLatin1StringView(key), problem)};
    }
    return Done{};
}

// The certificate embedded in an announcement's payload, once the root vouched for it and it is not revoked.
Result<Certificate> embeddedCertificate(const QJsonObject &object, const RootMetadata &root,
                                        const Revocations &revocations, const QString &sourceName)
{
    const QJsonValue certificateValue = object.value(QLatin1StringView("cert"));
    if (!certificateValue.isObject())
        return Error{QCoreApplication::translate("Trust", "%1: cert: missing").arg(sourceName)};
    const QByteArray certificateBytes =
        QJsonDocument(certificateValue.toObject()).toJson(QJsonDocument::Compact);
    auto certificate = verifyCertificate(certificateBytes, root, sourceName + QStringLiteral(": cert"));
    if (!certificate)
        return Error{certificate.error()};
    const Certificate &cert = certificate.value();
    const QString contactKeyId = keyId(cert.contactKey);
    if (revocations.serials.contains(cert.serial) || revocations.keyIds.contains(contactKeyId)) {
        return Error{QCoreApplication::translate("Trust", "%1: the certificate %2 of this contact person was "
                                                          "revoked by the network; refused")
                         .arg(sourceName, cert.serial)};
    }
    return cert;
}

// The payload's fields, each read and checked, then the fields its kind needs and allows.
Result<AnnouncementPayload> readPayload(const QJsonObject &object, const QString &sourceName)
{
    Fields fields(object, sourceName,
                  {"format", "cert", "kind", "group", "seq", "issued", "expires", "date", "until", "to",
                   "venue", "rrule", "time", "note", "withdraws"});
    fields.expectFormat(announcementFormat);
    AnnouncementPayload payload;
    const auto kind = announcementKindFromName(fields.string("kind", 20));
    if (!kind && !fields.failed())
        fields.fail(QStringLiteral("kind"),
                    QCoreApplication::translate(
                        "Trust", "expected cancel, move, relocate, pause, reschedule, note or withdraw"));
    payload.kind = kind.value_or(AnnouncementKind::Note);
    payload.group = fields.string("group", 64);
    payload.sequence = fields.integer("seq", 1, qint64(1) << 52);
    payload.issued = fields.time("issued");
    payload.expires = fields.time("expires");
    if (fields.has("date"))
        payload.date = fields.date("date");
    if (fields.has("until"))
        payload.until = fields.date("until");
    if (fields.has("to")) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2})$"));
        const auto match = pattern.match(fields.string("to", 16));
        payload.newDate = QDate::fromString(match.captured(1), Qt::ISODate);
        payload.newTime = QTime::fromString(match.captured(2), QStringLiteral("HH:mm"));
        if (!payload.newDate.isValid() || !payload.newTime.isValid())
            fields.fail(QStringLiteral("to"),
                        QCoreApplication::translate(
                            "Trust", "expected a local date-time such as \"2026-12-24T19:30\""));
    }
    if (fields.has("venue"))
        payload.venue = fields.string("venue", 200);
    if (fields.has("rrule"))
        payload.rrule = fields.string("rrule", 200);
    if (fields.has("time"))
        payload.time = readTime(fields, "time");
    if (fields.has("note"))
        payload.note = fields.string("note", maxAnnouncementNoteLength, LineBreaks::Allowed);
    if (fields.has("withdraws")) {
        const auto digest = digestFromText(fields.string("withdraws", 64));
        if (!digest && !fields.failed())
            fields.fail(QStringLiteral("withdraws"),
                        QCoreApplication::translate("Trust", "expected a digest of 64 lowercase hex digits"));
        payload.withdraws = digest.value_or(QByteArray());
    }
    if (!fields.failed())
        checkKind(fields, payload);
    if (fields.failed())
        return Error{fields.error()};
    return payload;
}

// What the certificate allows: its group, its validity when issued, and how long the announcement may stay.
Status checkAgainstCertificate(const AnnouncementPayload &payload, const Certificate &cert,
                               const QDateTime &trustedTime, const QString &sourceName)
{
    if (!cert.groups.contains(payload.group)) {
        return Error{QCoreApplication::translate("Trust",
                                                 "%1: the certificate of this contact person does not "
                                                 "name group %2; refused")
                         .arg(sourceName, payload.group)};
    }
    if (payload.issued > cert.notAfter || payload.issued < cert.notBefore) {
        return Error{QCoreApplication::translate("Trust",
                                                 "%1: issued on %2, outside its certificate's validity "
                                                 "(%3 to %4); refused")
                         .arg(sourceName, formatTime(payload.issued), formatTime(cert.notBefore),
                              formatTime(cert.notAfter))};
    }
    if (const QDateTime latest = latestExpiry(payload, cert); payload.expires > latest) {
        return Error{QCoreApplication::translate("Trust",
                                                 "%1: valid until %2, later than an announcement may be "
                                                 "(%3: 90 days after its certificate ends, at most a year "
                                                 "after it was issued); refused")
                         .arg(sourceName, formatTime(payload.expires), formatTime(latest))};
    }
    if (trustedTime > payload.expires) {
        return Error{QCoreApplication::translate("Trust", "%1: the announcement expired on %2")
                         .arg(sourceName, formatTime(payload.expires))};
    }
    return Done{};
}

} // namespace

QString digestText(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex());
}

std::optional<QByteArray> digestFromText(const QString &text)
{
    return json::bytesOfLowercaseHex(text, 32);
}

AnnouncementPayload withdrawalPayload(const SignedAnnouncement &withdrawn, qint64 sequence,
                                      const QDateTime &issued)
{
    AnnouncementPayload payload;
    payload.kind = AnnouncementKind::Withdraw;
    payload.group = withdrawn.payload.group;
    payload.sequence = sequence;
    payload.issued = issued;
    payload.expires = withdrawn.payload.expires;
    payload.withdraws = withdrawn.digest;
    return payload;
}

QDateTime latestExpiry(const AnnouncementPayload &payload, const Certificate &certificate)
{
    return std::min(certificate.notAfter.addDays(maxDaysAfterCertificate),
                    payload.issued.addDays(maxDaysAfterIssued));
}

QDateTime defaultExpiry(const AnnouncementPayload &payload)
{
    QDate last = payload.date;
    for (const QDate &date : {payload.until, payload.newDate}) {
        if (date.isValid() && (!last.isValid() || date > last))
            last = date;
    }
    if (payload.kind == AnnouncementKind::Reschedule)
        last = last.addDays(rescheduleDays);
    if (!last.isValid())
        last = payload.issued.date();
    return QDateTime(last.addDays(1), QTime(0, 0), QTimeZone("Europe/Amsterdam")).toUTC();
}

Result<QByteArray> signAnnouncement(const AnnouncementPayload &payload, const QByteArray &certificateEnvelope,
                                    const KeyPair &contactKey)
{
    if (const Status texts = checkTexts(payload); !texts)
        return Error{texts.error()};
    if ((payload.kind == AnnouncementKind::Withdraw) != (payload.withdraws.size() == 32))
        return Error{QCoreApplication::translate(
            "Trust",
            "a withdrawal, and only a withdrawal, names the digest of the announcement it withdraws")};
    const QJsonObject certificate = QJsonDocument::fromJson(certificateEnvelope).object();
    const QByteArray json = payloadJson(payload, certificate);
    const QByteArray bytes = serializeEnvelope(signEnvelope(SignedType::Announcement, json, {contactKey}));
    if (bytes.size() > maxAnnouncementBytes) {
        return Error{QCoreApplication::translate("Trust",
                                                 "the announcement is %1 bytes, over the limit of %2; "
                                                 "shorten the text")
                         .arg(bytes.size())
                         .arg(maxAnnouncementBytes)};
    }
    return bytes;
}

Result<SignedAnnouncement> verifyAnnouncement(const QByteArray &envelopeBytes, const RootMetadata &root,
                                              const Revocations &revocations, const QDateTime &trustedTime,
                                              const QString &sourceName)
{
    auto envelope = parseEnvelope(envelopeBytes, sourceName, maxAnnouncementBytes);
    if (!envelope)
        return Error{envelope.error()};
    // The certificate inside the payload is root-signed: it is the only part read before the contact
    // signature is checked, and it is used only once the root vouched for it.
    auto object = json::parseStrictObject(envelope.value().payload, sourceName);
    if (!object)
        return Error{object.error()};
    auto certificate = embeddedCertificate(object.value(), root, revocations, sourceName);
    if (!certificate)
        return Error{certificate.error()};
    const Certificate &cert = certificate.value();
    if (const Status signed_ = checkSignatures(envelope.value(), SignedType::Announcement,
                                               Role{1, {cert.contactKey}}, sourceName);
        !signed_)
        return Error{signed_.error()};
    auto payload = readPayload(object.value(), sourceName);
    if (!payload)
        return Error{payload.error()};
    if (const Status allowed = checkAgainstCertificate(payload.value(), cert, trustedTime, sourceName);
        !allowed)
        return Error{allowed.error()};
    return SignedAnnouncement{payload.value(), cert, keyId(cert.contactKey), envelopeBytes,
                              blake2b256(envelope.value().payload)};
}

QString announcementLink(const QByteArray &envelopeBytes, const QString &host)
{
    const QString encoded = QString::fromLatin1(envelopeBytes.toBase64(base64url));
    if (host.isEmpty())
        return QStringLiteral("kring://a/") + encoded;
    return QStringLiteral("https://%1/a#%2").arg(host, encoded);
}

Result<LinkContent> readLink(const QString &link)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:https://([A-Za-z0-9.-]{1,253}(?::\\d{1,5})?)/a#|kring://a/)([A-Za-z0-9_-]+)$"));
    const QString trimmed = link.trimmed();
    if (trimmed.size() > maxAnnouncementBytes * 2)
        return Error{QCoreApplication::translate("Trust", "the link is too long to be an announcement")};
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return Error{QCoreApplication::translate("Trust", "not a Kring announcement link")};
    const auto bytes = decodeBase64Strict(match.captured(2).toLatin1(), base64url);
    if (!bytes)
        return Error{QCoreApplication::translate("Trust", "the link is damaged or incomplete")};
    return LinkContent{*bytes, match.captured(1).toLower()};
}

Result<QByteArray> envelopeFromLink(const QString &link)
{
    auto content = readLink(link);
    if (!content)
        return Error{content.error()};
    return content.value().envelope;
}

} // namespace kring::trust
