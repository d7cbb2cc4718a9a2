// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "announcecommand.h"
#include "feedcommands.h"
#include "interopcommands.h"
#include "newscommands.h"
#include "reviewcommands.h"
#include "schedulecommands.h"
#include "searchcommand.h"
#include "sheetcommands.h"
#include "trustcommands.h"

#include <array>

namespace {

const std::array commands{
    PublisherCommand{"init", "--out KEYDIR [--link-host HOST]",
                     "create root and feed keys and the root metadata v1 apps pin", runInit},
    PublisherCommand{"rotate-root", "--keys KEYDIR [--link-host HOST | --keep-key]",
                     "new root keys (or the same, renewed); root.json becomes v(N+1)", runRotateRoot},
    PublisherCommand{"contact-key", "--out FILE --group GROUP_ID", "a contact key; prints its request code",
                     runContactKey},
    PublisherCommand{"certify", "--keys KEYDIR --request CODE [--days N]", "certificate code for a request",
                     runCertify},
    PublisherCommand{"revoke", "--keys KEYDIR --serial SERIAL", "add a certificate to the revocation list",
                     runRevoke},
    PublisherCommand{
        "announce",
        "--contact FILE --cert CODE --group GROUP_ID (--cancel DATE | --move DATE --to "
        "YYYY-MM-DDTHH:MM | --relocate DATE --venue TEXT | --pause DATE --until DATE | --reschedule "
        "DATE --rrule RULE [--time HH:MM] | --note TEXT --until DATE | --withdraw DIGEST) [--root FILE] "
        "[--link [--link-host HOST]]",
        "print a signed announcement (or its share link)", runAnnounce},
    PublisherCommand{
        "build",
        "--keys KEYDIR --directory FILE [--inbox DIR] [--news SIGNED_NEWS] --out WEBROOT [--expires-days N] "
        "[--now ISO8601]",
        "write the signed feed files into WEBROOT/feed/", runBuild},
    PublisherCommand{"sign-directory",
                     "--keys KEYDIR --directory FILE --out FILE [--published DIRECTORY_JSON]",
                     "sign the directory offline, for a server that holds no root key", runSignDirectory},
    PublisherCommand{"sign-news", "--keys KEYDIR --news NEWS_INPUT.json --out FILE [--published NEWS_JSON]",
                     "sign the network's news offline with the root keys, for build --news", runSignNews},
    PublisherCommand{"server-keys", "--keys KEYDIR --out SERVER_KEYDIR",
                     "copy what a server needs (feed key, root metadata, revocations), never a root key",
                     runServerKeys},
    PublisherCommand{"verify", "--root FILE --feed WEBROOT [--state FILE] [--now ISO8601]",
                     "check a feed exactly as the app does", runVerify},
    PublisherCommand{"occurrences",
                     "--rrule RULE --start YYYY-MM-DDTHH:MM --tz ZONE [--from YYYY-MM-DD] [--count N]",
                     "list occurrences of a recurrence rule", runOccurrences},
    PublisherCommand{"import-meeting-guide", "FILE [--tz ZONE]", "Meeting Guide JSON to a Kring directory",
                     runImportMeetingGuide},
    PublisherCommand{"export-meeting-guide", "DIRECTORY",
                     "Kring directory to Meeting Guide JSON (weekly meetings)", runExportMeetingGuide},
    PublisherCommand{"export-ics", "DIRECTORY [--group GROUP_ID]", "iCalendar with RRULE, EXDATE, VTIMEZONE",
                     runExportIcs},
    PublisherCommand{"diff", "OLD_DIRECTORY NEW_DIRECTORY",
                     "what a new directory changes, one JSON line per group, for review before signing",
                     runDiff},
    PublisherCommand{"status", "KEYDIR WEBROOT [--now ISO8601]",
                     "when the feed expires and which certificates run out soon (exit 3: act now)",
                     runStatus},
    PublisherCommand{
        "search",
        "DIRECTORY [--text T] [--near PLACE|POSTCODE|LAT,LON] [--day mon..sun] [--limit N] [--now "
        "ISO8601]",
        "what people will find, best first, as JSON lines", runSearch},
    PublisherCommand{"parse-schedule", "TEXT [--lang nl|en]",
                     "a schedule as people write it to an RRULE with start and end time", runParseSchedule},
    PublisherCommand{"export-sheet", "DIRECTORY [--out FILE.csv]",
                     "the directory as a spreadsheet (CSV, one row per meeting)", runExportSheet},
    PublisherCommand{"import-sheet", "FILE.csv [--base DIRECTORY]",
                     "a spreadsheet to a Kring directory; every problem with its row and column",
                     runImportSheet},
};

} // namespace

std::span<const PublisherCommand> publisherCommands()
{
    return commands;
}
