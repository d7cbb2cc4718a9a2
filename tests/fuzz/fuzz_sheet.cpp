// SPDX-License-Identifier: GPL-3.0-or-later
// The spreadsheet import: any bytes as a CSV file, read without and with a base directory; what it accepts
// must export and import again to the same directory.
#include "directory/directoryjson.h"
#include "sheet/directorysheet.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kring;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const Directory base = [] {
        const QByteArray json = R"({"format": "kring-directory/1",
          "themes": [{"id": "rouw", "name": {"nl": "Rouw", "en": "Grief"}}],
          "venues": [{"id": "bieb", "name": "Bibliotheek", "town": "Eindhoven", "country": "NL",
                      "lat": 51.439, "lon": 5.4741, "directions": {"nl": "Achter de balie"}}],
          "groups": [{"id": "g", "name": "Groep", "summary": {"nl": "Samen", "en": "Together"},
                      "themes": ["rouw"], "meetings": [{"id": "g-1", "venue": "bieb",
                      "timezone": "Europe/Amsterdam", "start": "2026-01-13T19:30",
                      "rrule": "FREQ=MONTHLY;BYDAY=2TU"}]}]})";
        return DirectoryJson::parse(json, QStringLiteral("base")).value();
    }();
    (void)DirectorySheet::read(bytes, nullptr);
    const auto imported = DirectorySheet::read(bytes, &base);
    if (imported) {
        const Directory &directory = imported.value().directory;
        const auto again = DirectorySheet::read(DirectorySheet::write(directory), &directory);
        if (!again || !(again.value().directory == directory))
            std::abort(); // export -> import must give back what was imported
    }
    return 0;
}
