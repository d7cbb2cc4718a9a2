// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorysheet.h"
#include "directorysheetparts.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace kring::DirectorySheet {

QString name(Column column)
{
    return QString::fromUtf8(columnNames.at(size_t(column)));
}

QString headerKey(QString text)
{
    text = text.trimmed().toLower();
    text.replace(u'’', u'\'');
    text.replace(u'‘', u'\'');
    text.replace(u'_', u' ');
    return text.simplified();
}

QString joined(const QStringList &items)
{
    return items.join(", "_L1);
}

QStringList splitList(const QString &cell)
{
    QStringList items;
    static const QRegularExpression separators(u"[,;\\n]"_s);
    for (const QString &item : cell.split(separators, Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

QString decimal(double value)
{
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    text.replace(u'.', u',');
    return text;
}

QDate dateOf(const QString &cell)
{
    const QString text = cell.trimmed();
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    static const QRegularExpression dayFirst(u"^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})$"_s);
    if (const auto match = iso.match(text); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (const auto match = dayFirst.match(text); match.hasMatch())
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    return {};
}

const QRegularExpression &countryCode()
{
    static const QRegularExpression pattern(u"^[A-Z]{2}$"_s);
    return pattern;
}

const QRegularExpression &languageCode()
{
    static const QRegularExpression pattern(u"^[a-z]{2}$"_s);
    return pattern;
}

const QRegularExpression &mailAddress()
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern;
}

bool isId(const QString &text)
{
    static const QRegularExpression pattern(u"^[a-z0-9._-]{1,64}$"_s);
    return pattern.match(text).hasMatch();
}

int minutesBetween(QTime start, QTime end)
{
    const int minutes = start.secsTo(end) / 60;
    return minutes <= 0 ? minutes + 24 * 60 : minutes;
}

QStringList headers()
{
    QStringList result;
    for (const char *column : columnNames)
        result.append(QString::fromUtf8(column));
    return result;
}

QByteArray write(const Directory &directory)
{
    QList<QStringList> rows{headers()};
    for (const Group &group : directory.groups()) {
        if (group.meetings.isEmpty())
            rows.append(meetingRow(directory, group, nullptr));
        for (const Meeting &meeting : group.meetings)
            rows.append(meetingRow(directory, group, &meeting));
    }
    return Csv::write(rows);
}

Result<Import> read(const QByteArray &bytes, const Directory *base)
{
    auto table = Csv::read(bytes);
    if (!table)
        return Error{table.error()};
    return importTable(table.value(), base);
}

} // namespace kring::DirectorySheet
