// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// kring-publisher import-meeting-guide, export-meeting-guide and export-ics (docs/command-line.md).
int runImportMeetingGuide(const QStringList &arguments);
int runExportMeetingGuide(const QStringList &arguments);
int runExportIcs(const QStringList &arguments);
