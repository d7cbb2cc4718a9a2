// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcecommand.h"

#include "trustoptions.h"

#include "trust/keydirectory.h"
#include "trust/sizelimits.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

using namespace kring;
using namespace kring::trust;

namespace {

QDate parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

// The options of the announcement's kind (--cancel, --move, ...) into `payload`; `allowed` gets the options
// that go with that kind. An exit code when they do not make sense.
std::optional<int> readKindOptions(const CommandLine &options, AnnouncementPayload &payload,
                                   QStringList &allowed)
{
    const auto dateOption = [&](const char *name) { return parseDate(options.value(name)); };
    if (options.has("withdraw")) {
        payload.kind = AnnouncementKind::Withdraw;
        const auto digest = digestFromText(options.value("withdraw"));
        if (!digest)
            return options.usageError(
                QStringLiteral("--withdraw: expected the 64 hex digits `announce` printed after \"digest\""));
        payload.withdraws = *digest;
    } else if (options.has("cancel")) {
        payload.kind = AnnouncementKind::Cancel;
        payload.date = dateOption("cancel");
    } else if (options.has("move")) {
        payload.kind = AnnouncementKind::Move;
        payload.date = dateOption("move");
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2})$"));
        const auto match = pattern.match(options.value("to"));
        payload.newDate = parseDate(match.captured(1));
        payload.newTime = QTime::fromString(match.captured(2), QStringLiteral("HH:mm"));
        if (!payload.newDate.isValid() || !payload.newTime.isValid())
            return options.usageError(QStringLiteral("--move needs --to YYYY-MM-DDTHH:MM"));
        allowed = {QStringLiteral("to")};
    } else if (options.has("relocate")) {
        payload.kind = AnnouncementKind::Relocate;
        payload.date = dateOption("relocate");
        payload.venue = options.value("venue").trimmed();
        if (options.has("until"))
            payload.until = dateOption("until");
        if (payload.venue.isEmpty() || (options.has("until") && !payload.until.isValid()))
            return options.usageError(
                QStringLiteral("--relocate needs --venue TEXT (and optionally --until DATE)"));
        allowed = {QStringLiteral("venue"), QStringLiteral("until")};
    } else if (options.has("pause")) {
        payload.kind = AnnouncementKind::Pause;
        payload.date = dateOption("pause");
        payload.until = dateOption("until");
        if (!payload.until.isValid())
            return options.usageError(QStringLiteral("--pause needs --until DATE"));
        allowed = {QStringLiteral("until")};
    } else if (options.has("reschedule")) {
        payload.kind = AnnouncementKind::Reschedule;
        payload.date = dateOption("reschedule");
        payload.rrule = options.value("rrule").trimmed();
        if (options.has("time"))
            payload.time = QTime::fromString(options.value("time"), QStringLiteral("HH:mm"));
        if (payload.rrule.isEmpty() || (options.has("time") && !payload.time.isValid()))
            return options.usageError(
                QStringLiteral("--reschedule needs --rrule RULE (and optionally --time HH:MM)"));
        allowed = {QStringLiteral("rrule"), QStringLiteral("time")};
    } else {
        payload.kind = AnnouncementKind::Note;
        payload.note = options.value("note").trimmed();
        payload.until = dateOption("until");
        if (payload.note.isEmpty() || !payload.until.isValid())
            return options.usageError(QStringLiteral("--note needs a text and --until DATE"));
        allowed = {QStringLiteral("until")};
    }
    return std::nullopt;
}

// What the announcement says, from the options; an exit code when they do not make sense.
std::optional<int> readPayloadOptions(const CommandLine &options, AnnouncementPayload &payload)
{
    int kinds = 0;
    for (const char *name : {"cancel", "move", "relocate", "pause", "reschedule", "note", "withdraw"})
        kinds += options.has(name) ? 1 : 0;
    if (kinds != 1)
        return options.usageError(QStringLiteral("give exactly one of --cancel, --move, --relocate, --pause, "
                                                 "--reschedule, --note, --withdraw"));
    QStringList allowed;
    if (const auto exit = readKindOptions(options, payload, allowed))
        return exit;
    for (const char *name : {"to", "venue", "until", "rrule", "time"}) {
        if (options.has(name) && !allowed.contains(QLatin1StringView(name)))
            return options.usageError(QStringLiteral("--%1 does not go with --%2")
                                          .arg(QLatin1StringView(name), announcementKindName(payload.kind)));
    }
    if (payload.kind != AnnouncementKind::Note && payload.kind != AnnouncementKind::Withdraw &&
        !payload.date.isValid())
        return options.usageError(
            QStringLiteral("--%1: expected a date YYYY-MM-DD").arg(announcementKindName(payload.kind)));
    if (payload.note.size() > maxAnnouncementNoteLength)
        return options.reject(QStringLiteral("the note is %1 characters; at most %2 fit")
                                  .arg(payload.note.size())
                                  .arg(maxAnnouncementNoteLength));
    return std::nullopt;
}

// Who signs an announcement: the contact's key and the certificate that lets it speak for groups.
struct Signer {
    KeyPair contact;
    QByteArray certificateBytes;
    Certificate certificate;
    QString linkHost; // of the https link, with --link
};

// The contact key and certificate of the options, checked for `group` at `now`.
Result<Signer> readSigner(const CommandLine &options, const QString &group, const QDateTime &now)
{
    const QString contactPath = options.value("contact");
    auto contact = readSecretKeyFile(contactPath, QStringLiteral("contact"));
    if (!contact)
        return Error{contact.error()};
    auto certificateBytes = envelopeFromCertificateCode(options.value("cert"));
    if (!certificateBytes)
        return Error{certificateBytes.error()};
    auto certificate = readCertificateUnverified(certificateBytes.value(), QStringLiteral("--cert"));
    if (!certificate)
        return Error{certificate.error()};
    // With --root: the certificate must verify under it, and its link host makes the https link.
    QString linkHost = options.value("link-host");
    if (options.has("root")) {
        auto rootBytes = readFile(options.value("root"), maxRootBytes);
        if (!rootBytes)
            return Error{rootBytes.error()};
        auto root = verifyPinnedRoot(rootBytes.value(), options.value("root"));
        if (!root)
            return Error{root.error()};
        if (auto verified =
                verifyCertificate(certificateBytes.value(), root.value(), QStringLiteral("--cert"));
            !verified)
            return Error{verified.error()};
        if (!options.has("link-host"))
            linkHost = root.value().linkHost;
    }
    if (certificate.value().contactKey != contact.value().first.publicKey)
        return Error{QStringLiteral("the certificate is for another contact key than %1").arg(contactPath)};
    if (!certificate.value().groups.contains(group))
        return Error{QStringLiteral("the certificate does not name group %1").arg(group)};
    if (now > certificate.value().notAfter || now < certificate.value().notBefore)
        return Error{
            QStringLiteral("the certificate is not valid now (%1 to %2); ask for a new one")
                .arg(formatTime(certificate.value().notBefore), formatTime(certificate.value().notAfter))};
    return Signer{std::move(contact.value().first), certificateBytes.value(), certificate.value(), linkHost};
}

// The last sequence number this key signed, kept next to the key file; 0 before the first.
qint64 lastSequence(const QString &sequencePath)
{
    QFile sequenceFile(sequencePath);
    qint64 last = 0;
    if (sequenceFile.open(QIODevice::ReadOnly))
        last = sequenceFile.read(32).trimmed().toLongLong();
    return last;
}

// When the announcement expires: a withdrawal runs as long as any announcement of this key may (this tool
// does not have the one withdrawn), so never shorter than the one it withdraws.
Status setExpiry(AnnouncementPayload &payload, const Certificate &certificate)
{
    payload.expires = payload.kind == AnnouncementKind::Withdraw ? latestExpiry(payload, certificate)
                                                                 : defaultExpiry(payload);
    if (payload.expires <= payload.issued)
        return Error{
            QStringLiteral("the dates are in the past: the announcement would already have expired")};
    if (const QDateTime latest = latestExpiry(payload, certificate); payload.expires > latest)
        return Error{QStringLiteral("the announcement would run until %1, but may run at most until %2 "
                                    "(90 days after the certificate ends, a year after today); choose "
                                    "an earlier end")
                         .arg(formatTime(payload.expires), formatTime(latest))};
    return Done{};
}

} // namespace

int runAnnounce(const QStringList &arguments)
{
    CommandLine options(QStringLiteral("announce"), arguments,
                        {"contact", "cert", "group", "cancel", "move", "to", "relocate", "venue", "pause",
                         "until", "reschedule", "rrule", "time", "note", "withdraw", "root", "link-host",
                         "now"},
                        {"link"});
    if (!usable(options, {"contact", "cert", "group"}))
        return exitUsage;
    const auto now = nowOption(options);
    if (!now)
        return options.usageError(QStringLiteral("--now: expected an ISO 8601 date-time"));
    AnnouncementPayload payload;
    if (const auto exit = readPayloadOptions(options, payload))
        return *exit;
    payload.group = options.value("group");
    auto signer = readSigner(options, payload.group, *now);
    if (!signer)
        return options.reject(signer.error());

    const QString sequencePath = options.value("contact") + QStringLiteral(".sequence");
    payload.sequence = lastSequence(sequencePath) + 1;
    payload.issued = now->addMSecs(-now->time().msec());
    if (const Status expiry = setExpiry(payload, signer.value().certificate); !expiry)
        return options.reject(expiry.error());
    auto envelope = signAnnouncement(payload, signer.value().certificateBytes, signer.value().contact);
    if (!envelope)
        return options.reject(envelope.error());
    QSaveFile sequenceOut(sequencePath);
    if (!sequenceOut.open(QIODevice::WriteOnly) ||
        sequenceOut.write(QByteArray::number(payload.sequence) + '\n') < 0 || !sequenceOut.commit())
        return options.reject(
            QStringLiteral("%1: cannot write: %2").arg(sequencePath, sequenceOut.errorString()));
    if (options.has("link"))
        printLine(announcementLink(envelope.value(), signer.value().linkHost).toLatin1());
    else
        printLine(envelope.value());
    // What `announce --withdraw` needs to take this announcement back.
    auto signed_ = parseEnvelope(envelope.value(), QString(), maxAnnouncementBytes);
    std::fprintf(stderr, "digest %s sequence %lld expires %s\n",
                 qPrintable(digestText(blake2b256(signed_.value().payload))),
                 static_cast<long long>(payload.sequence), qPrintable(formatTime(payload.expires)));
    return 0;
}
