// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustcommands.h"

#include "commandline.h"
#include "reviewcommands.h"
#include "terminaltext.h"

#include "feed/feedbuilder.h"
#include "feed/feedverifier.h"
#include "trust/keydirectory.h"
#include "trust/news.h"
#include "trust/sizelimits.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace kring;
using namespace kring::trust;

namespace {

constexpr int exitUsage = 2;

// Whether `line` has every one of `required` and no positional argument; prints the problem when not.
bool usable(CommandLine &line, std::initializer_list<const char *> required)
{
    if (line.require(required) && line.requireNoPositional())
        return true;
    line.usageError();
    return false;
}

// --now as ISO 8601 (a date-time without offset is UTC), or the clock; nothing when it is not a time.
std::optional<QDateTime> nowOption(const CommandLine &line)
{
    if (!line.has("now"))
        return QDateTime::currentDateTimeUtc();
    QDateTime time = QDateTime::fromString(line.value("now"), Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(line.value("now"), Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    } else if (time.timeSpec() == Qt::LocalTime) {
        time = QDateTime(time.date(), time.time(), QTimeZone::utc());
    }
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

// The whole number of option `name`, `fallback` when it is not given; nothing when out of range.
std::optional<int> numberOption(const CommandLine &line, const char *name, int fallback, int minimum,
                                int maximum)
{
    if (!line.has(name))
        return fallback;
    bool ok = false;
    const int result = line.value(name).toInt(&ok);
    if (!ok || result < minimum || result > maximum)
        return std::nullopt;
    return result;
}

Result<QByteArray> readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())};
    if (file.size() > maxBytes)
        return Error{QStringLiteral("%1: %2 bytes is over the limit of %3 bytes")
                         .arg(path)
                         .arg(file.size())
                         .arg(maxBytes)};
    return file.readAll();
}

void printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}

// What the previous build wrote into `feedDirectory` and the next one goes on from, each file within its cap.
Status readPreviousFeed(const QString &feedDirectory, feed::FeedBuildInput &input)
{
    for (auto [name, target, cap] :
         {std::tuple{"snapshot.json", &input.previousSnapshot, maxSnapshotBytes},
          std::tuple{"directory.json", &input.previousDirectory, maxDirectoryBytes},
          std::tuple{"announcements.json", &input.previousAnnouncements, maxAnnouncementsBytes},
          std::tuple{"news.json", &input.previousNews, maxNewsBytes}}) {
        const QString path = feedDirectory + QLatin1Char('/') + QLatin1StringView(name);
        if (!QFile::exists(path))
            continue;
        auto bytes = readFile(path, cap);
        if (!bytes)
            return Error{bytes.error()};
        *target = bytes.value();
    }
    return Done{};
}

// A signed file ({"payload": .., "signatures": [..]}) rather than the team's directory.
bool isEnvelope(const QByteArray &bytes)
{
    return bool(parseEnvelope(bytes, QString(), maxDirectoryBytes));
}

QDate parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

} // namespace

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

namespace {

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

int runBuild(const QStringList &arguments)
{
    CommandLine options(QStringLiteral("build"), arguments,
                        {"keys", "directory", "inbox", "news", "out", "expires-days", "now"});
    if (!usable(options, {"keys", "directory", "out"}))
        return exitUsage;
    const auto now = nowOption(options);
    const auto expiresDays = numberOption(options, "expires-days", defaultSnapshotDays, 1, 366);
    if (!now || !expiresDays)
        return options.usageError(
            QStringLiteral("--expires-days: expected 1 to 366; --now: an ISO 8601 date-time"));
    auto keys = KeyDirectory::open(options.value("keys"));
    if (!keys)
        return options.reject(keys.error());
    auto directory = readFile(options.value("directory"), maxDirectoryBytes);
    if (!directory)
        return options.reject(directory.error());

    const QString feedDirectory = options.value("out") + QStringLiteral("/feed");
    feed::FeedBuildInput input;
    input.rootChain = keys.value().rootChain();
    input.rootKeys = keys.value().rootKeys();
    input.feedKey = keys.value().feedKey();
    if (isEnvelope(directory.value()))
        input.signedDirectory = directory.value();
    else
        input.directoryJson = directory.value();
    input.revocations = keys.value().revocations();
    input.now = *now;
    input.expiresDays = *expiresDays;
    if (options.has("news")) {
        auto news = readFile(options.value("news"), maxNewsBytes);
        if (!news)
            return options.reject(news.error());
        input.signedNews = news.value();
    }
    if (const Status previous = readPreviousFeed(feedDirectory, input); !previous)
        return options.reject(previous.error());
    auto sequences = keys.value().publishedSequences();
    if (!sequences)
        return options.reject(sequences.error());
    input.publishedSequences = sequences.value();
    if (options.has("inbox") && !QDir(options.value("inbox")).exists())
        return options.reject(QStringLiteral("%1: no such inbox folder").arg(options.value("inbox")));
    if (options.has("inbox"))
        input.inbox = feed::readInbox(options.value("inbox"));

    auto output = feed::buildFeed(input);
    if (!output)
        return options.reject(output.error());
    for (const QString &line : std::as_const(output.value().dropped))
        printTerminalLine(stderr, QStringLiteral("dropped ") + line);
    if (const Status written = feed::writeFeed(feedDirectory, output.value()); !written)
        return options.reject(written.error());
    if (const Status kept = keys.value().writePublishedSequences(output.value().publishedSequences); !kept)
        return options.reject(kept.error());
    printChangeSummary(output.value().previousDirectoryPayload, output.value().directoryPayload);
    std::fprintf(
        stderr,
        "feed version %lld: directory version %lld, %lld groups, %lld announcements, expires in %d days\n",
        static_cast<long long>(output.value().version),
        static_cast<long long>(output.value().directoryVersion),
        static_cast<long long>(output.value().groups), static_cast<long long>(output.value().announcements),
        *expiresDays);
    if (output.value().newsVersion > 0)
        std::fprintf(stderr, "news version %lld: %lld items\n",
                     static_cast<long long>(output.value().newsVersion),
                     static_cast<long long>(output.value().newsItems));
    return 0;
}

int runSignNews(const QStringList &arguments)
{
    CommandLine options(QStringLiteral("sign-news"), arguments, {"keys", "news", "published", "out", "now"});
    if (!usable(options, {"keys", "news", "out"}))
        return exitUsage;
    const auto now = nowOption(options);
    if (!now)
        return options.usageError(QStringLiteral("--now: expected an ISO 8601 date-time"));
    auto keys = KeyDirectory::open(options.value("keys"));
    if (!keys)
        return options.reject(keys.error());
    if (const Status root = keys.value().requireRootKeys(); !root)
        return options.reject(root.error());
    auto input = readFile(options.value("news"), maxNewsBytes);
    if (!input)
        return options.reject(input.error());
    auto items = parseNewsInput(input.value(), options.value("news"));
    if (!items)
        return options.reject(items.error());
    qint64 publishedVersion = 0;
    if (options.has("published")) {
        auto published = readFile(options.value("published"), maxNewsBytes);
        if (!published)
            return options.reject(published.error());
        auto verified = verifyNews(published.value(), keys.value().root(), options.value("published"));
        if (!verified)
            return options.reject(verified.error());
        publishedVersion = verified.value().news.version;
    }
    News news;
    news.issued = *now;
    news.version = nextNewsVersion(*now, publishedVersion);
    news.items = items.value();
    auto signedNews = signNews(news, keys.value().rootKeys());
    if (!signedNews)
        return options.reject(signedNews.error());
    QSaveFile out(options.value("out"));
    if (!out.open(QIODevice::WriteOnly) || out.write(signedNews.value()) < 0 || !out.commit())
        return options.reject(
            QStringLiteral("%1: cannot write: %2").arg(options.value("out"), out.errorString()));
    const QDate today = newsToday(*now);
    const auto past = std::count_if(news.items.cbegin(), news.items.cend(),
                                    [&](const NewsItem &item) { return item.until < today; });
    std::fprintf(stderr,
                 "news version %lld, %lld items (%lld already past their until), signed by root "
                 "version %d\n",
                 static_cast<long long>(news.version), static_cast<long long>(news.items.size()),
                 static_cast<long long>(past), keys.value().root().version);
    return 0;
}

int runSignDirectory(const QStringList &arguments)
{
    CommandLine options(QStringLiteral("sign-directory"), arguments,
                        {"keys", "directory", "published", "out"});
    if (!usable(options, {"keys", "directory", "out"}))
        return exitUsage;
    auto keys = KeyDirectory::open(options.value("keys"));
    if (!keys)
        return options.reject(keys.error());
    if (const Status root = keys.value().requireRootKeys(); !root)
        return options.reject(root.error());
    auto directory = readFile(options.value("directory"), maxDirectoryBytes);
    if (!directory)
        return options.reject(directory.error());
    feed::DirectorySigningInput input{
        keys.value().rootChain(), keys.value().rootKeys(), directory.value(), {}};
    if (options.has("published")) {
        auto published = readFile(options.value("published"), maxDirectoryBytes);
        if (!published)
            return options.reject(published.error());
        input.previousDirectory = published.value();
    }
    auto signedDirectory = feed::signDirectory(input);
    if (!signedDirectory)
        return options.reject(signedDirectory.error());
    QSaveFile out(options.value("out"));
    if (!out.open(QIODevice::WriteOnly) || out.write(signedDirectory.value().envelope) < 0 || !out.commit())
        return options.reject(
            QStringLiteral("%1: cannot write: %2").arg(options.value("out"), out.errorString()));
    std::fprintf(stderr, "directory version %lld, %lld groups, signed by root version %d\n",
                 static_cast<long long>(signedDirectory.value().version),
                 static_cast<long long>(signedDirectory.value().groups), keys.value().root().version);
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

int runVerify(const QStringList &arguments)
{
    CommandLine options(QStringLiteral("verify"), arguments, {"root", "feed", "state", "now"});
    if (!usable(options, {"root", "feed"}))
        return exitUsage;
    const auto now = nowOption(options);
    if (!now)
        return options.usageError(QStringLiteral("--now: expected an ISO 8601 date-time"));
    auto root = readFile(options.value("root"), maxRootBytes);
    if (!root)
        return options.reject(root.error());
    const feed::DirectoryFeedSource source(options.value("feed") + QStringLiteral("/feed"));
    MemoryTrustStateStore memory;
    JsonFileTrustStateStore file(options.value("state"));
    TrustStateStore &store = options.has("state") ? static_cast<TrustStateStore &>(file) : memory;
    auto verified = feed::updateFeed(source, root.value(), store, *now);
    if (!verified)
        return options.reject(verified.error());
    for (const QString &line : std::as_const(verified.value().droppedAnnouncements))
        printTerminalLine(stderr, QStringLiteral("refused ") + line);
    if (verified.value().unchanged)
        std::fprintf(stderr, "snapshot version %lld was already seen: nothing new\n",
                     static_cast<long long>(verified.value().snapshot.version));
    const QJsonObject summary{
        {QStringLiteral("version"), verified.value().snapshot.version},
        {QStringLiteral("groups"), verified.value().directory.groups().size()},
        {QStringLiteral("announcements"), verified.value().announcements.size()},
        {QStringLiteral("news"), verified.value().news ? verified.value().news->news.items.size() : 0}};
    if (!verified.value().newsProblem.isEmpty())
        printTerminalLine(stderr, QStringLiteral("refused ") + verified.value().newsProblem);
    printLine(QJsonDocument(summary).toJson(QJsonDocument::Compact));
    return 0;
}
