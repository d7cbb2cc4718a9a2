// SPDX-License-Identifier: GPL-3.0-or-later
#include "helplines.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kring {

QUrl telUrl(QStringView number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit() && c.unicode() <= '9')
            digits.append(c);
        else if (c == u'+' && digits.isEmpty())
            digits.append(c);
    }
    if (digits.isEmpty() || digits == u"+")
        return {};
    return QUrl(u"tel:"_s + digits);
}

QUrl mailtoUrl(const QString &address, const QString &subject, const QString &body)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.indexOf(u'@');
    if (at <= 0 || at == trimmed.size() - 1 || trimmed.contains(u' ') || trimmed.contains(u'?'))
        return {};
    QByteArray encoded = "mailto:" + QUrl::toPercentEncoding(trimmed, "@");
    QList<QByteArray> fields;
    if (!subject.isEmpty())
        fields.append("subject=" + QUrl::toPercentEncoding(subject));
    if (!body.isEmpty())
        fields.append("body=" + QUrl::toPercentEncoding(QString(body).replace(u"\n"_s, u"\r\n"_s)));
    if (!fields.isEmpty())
        encoded += '?' + fields.join('&');
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QUrl HelpLine::callUrl() const
{
    return telUrl(number);
}

namespace {

LocalizedText localized(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value("nl"_L1).toString(), object.value("en"_L1).toString(),
            object.value("fr"_L1).toString()};
}

} // namespace

Result<HelpLines> HelpLines::parse(const QByteArray &json)
{
    const auto problem = [](const QString &what) {
        return Error{QCoreApplication::translate("HelpLines", "The help lines cannot be read: %1").arg(what)};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return problem(parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value("format"_L1).toString() != u"kring-help-lines/1")
        return problem(QStringLiteral("format"));
    HelpLines lines;
    const QJsonArray array = root.value("lines"_L1).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array[i].toObject();
        HelpLine line;
        line.country = object.value("country"_L1).toString();
        line.number = object.value("number"_L1).toString();
        line.alsoNumber = object.value("also"_L1).toString();
        line.chat = object.value("chat"_L1).toString();
        line.name = localized(object.value("name"_L1));
        line.what = localized(object.value("what"_L1));
        line.when = localized(object.value("when"_L1));
        line.emergency = object.value("emergency"_L1).toBool();
        if ((line.country != u"NL" && line.country != u"BE") || line.callUrl().isEmpty() ||
            line.name.nl.isEmpty() || line.what.nl.isEmpty() || line.when.nl.isEmpty())
            return problem(QStringLiteral("lines[%1]").arg(i));
        lines.m_lines.append(line);
    }
    if (lines.m_lines.isEmpty())
        return problem(QStringLiteral("lines"));
    return lines;
}

const HelpLines &HelpLines::bundled()
{
    static const HelpLines lines = [] {
        QFile file(QStringLiteral(":/kring/help/help-lines.json"));
        if (!file.open(QIODevice::ReadOnly))
            return HelpLines();
        Result<HelpLines> parsed = parse(file.readAll());
        return parsed ? std::move(parsed).value() : HelpLines();
    }();
    return lines;
}

QList<HelpLine> HelpLines::forCountry(QStringView country) const
{
    QList<HelpLine> found;
    for (const HelpLine &line : m_lines) {
        if (line.country == country)
            found.append(line);
    }
    return found.isEmpty() && country != u"NL" ? forCountry(u"NL") : found;
}

QString HelpLines::countryFor(const QString &placeCountry, const QLocale &locale)
{
    if (placeCountry == u"NL" || placeCountry == u"BE")
        return placeCountry;
    return locale.territory() == QLocale::Belgium ? QStringLiteral("BE") : QStringLiteral("NL");
}

} // namespace kring
