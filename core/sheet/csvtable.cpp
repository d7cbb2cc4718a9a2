// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtable.h"

#include <QStringDecoder>

#include <array>

using namespace Qt::StringLiterals;

namespace kring::Csv {

QString fromWindows1252(const QByteArray &bytes)
{
    // 0x80-0x9F; the rest is Latin-1.
    static constexpr std::array<char16_t, 32> c1{
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        text[i] = byte >= 0x80 && byte <= 0x9F ? QChar(c1.at(byte - 0x80)) : QChar(byte);
    }
    return text;
}

namespace {

QChar delimiterOf(QStringView text)
{
    qsizetype semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return u'\t';
    return commas > semicolons ? u',' : u';';
}

} // namespace

Result<Table> read(const QByteArray &bytes)
{
    if (bytes.size() > maxBytes)
        return Error{u"het bestand is groter dan %1 MB"_s.arg(maxBytes / 1024 / 1024)};
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return Error{
            u"het bestand is UTF-16 ('Unicode-tekst'); bewaar het als 'CSV UTF-8' of 'CSV (puntkomma "
            u"gescheiden)'"_s};
    Table table;
    QString text;
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text = utf8.decode(body);
    if (!utf8.hasError()) {
        table.encoding = u"UTF-8"_s;
    } else if (bom) {
        return Error{u"het bestand begint als UTF-8 maar bevat tekens die geen UTF-8 zijn"_s};
    } else {
        text = fromWindows1252(body);
        table.encoding = u"Windows-1252"_s;
    }
    table.delimiter = delimiterOf(text);

    QStringList row;
    QString field;
    bool quoted = false;       // inside quotes
    bool fieldStarted = false; // the row has content (so a line end ends a row)
    qsizetype quoteRow = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r') { // a line break in a cell is one \n, whoever saved it
                field.append(u'\n');
                if (i + 1 < text.size() && text[i + 1] == u'\n')
                    ++i;
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteRow = table.rows.size() + 1;
        } else if (c == table.delimiter) {
            row.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (fieldStarted || !field.isEmpty())
                row.append(field);
            table.rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return Error{
            u"rij %1: een veld dat met een aanhalingsteken (\") begint, wordt niet gesloten"_s.arg(quoteRow)};
    if (fieldStarted || !field.isEmpty()) {
        row.append(field);
        table.rows.append(row);
    }
    return table;
}

QByteArray write(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text.append(u';');
            const QString &field = row[i];
            const bool quote = field.contains(u';') || field.contains(u'"') || field.contains(u'\n') ||
                               field.contains(u'\r') || field.contains(u',') ||
                               (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
            if (quote) {
                QString escaped = field;
                escaped.replace(u"\""_s, u"\"\""_s);
                text.append(u'"' + escaped + u'"');
            } else {
                text.append(field);
            }
        }
        text.append(u"\r\n"_s);
    }
    return "\xEF\xBB\xBF" + text.toUtf8();
}

} // namespace kring::Csv
