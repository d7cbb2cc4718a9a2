// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields.h"

#include "crypto.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace kring::trust {

Fields::Fields(QJsonObject object, QString source, std::initializer_list<const char *> allowedKeys)
    : m_object(std::move(object))
    , m_source(std::move(source))
{
    for (const QString &key : m_object.keys()) {
        bool allowed = false;
        for (const char *name : allowedKeys)
            allowed = allowed || key == QLatin1StringView(name);
        if (!allowed) {
            fail(key, QCoreApplication::translate("Trust", "unknown key"));
            return;
        }
    }
}

void Fields::fail(const QString &key, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2: %3").arg(m_source, key, problem);
}

QJsonValue Fields::required(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1StringView(key));
    if (value.isUndefined())
        fail(QLatin1StringView(key), QCoreApplication::translate("Trust", "missing"));
    return value;
}

void Fields::expectFormat(QLatin1StringView format)
{
    const QJsonValue value = required("format");
    if (!value.isUndefined() && value.toString() != format)
        fail(QStringLiteral("format"), QCoreApplication::translate("Trust", "expected \"%1\"").arg(format));
}

QString Fields::string(const char *key, qsizetype maxLength, LineBreaks lineBreaks)
{
    const QJsonValue value = required(key);
    if (value.isUndefined())
        return {};
    if (!value.isString() || value.toString().isEmpty() || value.toString().size() > maxLength) {
        fail(QLatin1StringView(key),
             QCoreApplication::translate("Trust", "expected a text of 1 to %1 characters").arg(maxLength));
        return {};
    }
    if (const QString problem = signedTextProblem(value.toString(), lineBreaks); !problem.isEmpty()) {
        fail(QLatin1StringView(key), problem);
        return {};
    }
    return value.toString();
}

qint64 Fields::integer(const char *key, qint64 minimum, qint64 maximum)
{
    const QJsonValue value = required(key);
    if (value.isUndefined())
        return minimum;
    const double number = value.toDouble(-1.0);
    // The range first: converting a double outside qint64 is undefined behaviour.
    if (!value.isDouble() || !(number >= double(minimum) && number <= double(maximum)) ||
        number != std::trunc(number)) {
        fail(QLatin1StringView(key),
             QCoreApplication::translate("Trust", "expected a whole number from %1 to %2")
                 .arg(minimum)
                 .arg(maximum));
        return minimum;
    }
    return qint64(number);
}

QDateTime Fields::time(const char *key)
{
    const QString text = string(key, 20);
    if (text.isEmpty())
        return {};
    const QDateTime parsed = parseTime(text);
    if (!parsed.isValid())
        fail(QLatin1StringView(key),
             QCoreApplication::translate("Trust", "expected a UTC time such as \"2026-11-22T19:30:00Z\""));
    return parsed;
}

QDate Fields::date(const char *key)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = string(key, 10);
    if (text.isEmpty())
        return {};
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!pattern.match(text).hasMatch() || !parsed.isValid())
        fail(QLatin1StringView(key),
             QCoreApplication::translate("Trust", "expected a date such as \"2026-12-24\""));
    return parsed;
}

QByteArray Fields::base64(const char *key, qsizetype exactSize)
{
    const QString text = string(key, 200);
    if (text.isEmpty())
        return {};
    const auto bytes = decodeBase64Strict(text.toLatin1());
    if (!bytes || bytes->size() != exactSize) {
        fail(QLatin1StringView(key),
             QCoreApplication::translate("Trust", "expected %1 bytes in base64").arg(exactSize));
        return {};
    }
    return *bytes;
}

QStringList Fields::strings(const char *key, qsizetype maxCount)
{
    const QJsonArray array = this->array(key);
    QStringList result;
    if (array.isEmpty() || array.size() > maxCount) {
        fail(QLatin1StringView(key),
             QCoreApplication::translate("Trust", "expected 1 to %1 texts").arg(maxCount));
        return {};
    }
    for (const QJsonValue &item : array) {
        if (!item.isString() || item.toString().isEmpty() || item.toString().size() > 200) {
            fail(QLatin1StringView(key), QCoreApplication::translate("Trust", "expected texts"));
            return {};
        }
        if (const QString problem = signedTextProblem(item.toString()); !problem.isEmpty()) {
            fail(QLatin1StringView(key), problem);
            return {};
        }
        result.append(item.toString());
    }
    return result;
}

QJsonObject Fields::object(const char *key)
{
    const QJsonValue value = required(key);
    if (!value.isUndefined() && !value.isObject())
        fail(QLatin1StringView(key), QCoreApplication::translate("Trust", "expected an object"));
    return value.toObject();
}

QJsonArray Fields::array(const char *key)
{
    const QJsonValue value = required(key);
    if (!value.isUndefined() && !value.isArray())
        fail(QLatin1StringView(key), QCoreApplication::translate("Trust", "expected an array"));
    return value.toArray();
}

std::optional<QByteArray> decodeBase64Strict(QByteArrayView text, QByteArray::Base64Options options)
{
    const bool padded = !(options & QByteArray::OmitTrailingEquals);
    if (padded && text.size() % 4 != 0)
        return std::nullopt;
    // Read where the text is, not from a copy: an envelope's payload can be tens of MiB.
    const QByteArray encoded = QByteArray::fromRawData(text.data(), text.size());
    auto decoded = QByteArray::fromBase64Encoding(encoded, options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // One value has one spelling: the last group must encode back to itself (no stray bits, no missing or
    // extra padding); the groups before it are canonical by construction.
    const qsizetype tailBytes = decoded.decoded.size() % 3 ? decoded.decoded.size() % 3 : 3;
    const QByteArray tail =
        decoded.decoded.right(std::min(tailBytes, decoded.decoded.size())).toBase64(options);
    if (!text.endsWith(tail))
        return std::nullopt;
    if (padded && text.size() != (decoded.decoded.size() + 2) / 3 * 4)
        return std::nullopt;
    if (!padded && text.size() != (decoded.decoded.size() * 4 + 2) / 3)
        return std::nullopt;
    return std::move(decoded.decoded);
}

} // namespace kring::trust
