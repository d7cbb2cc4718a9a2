// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/signedtext.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace kring::trust {

// Reads the fields of one signed payload strictly; the first problem is kept as "source: key: problem".
class Fields
{
public:
    Fields(QJsonObject object, QString source, std::initializer_list<const char *> allowedKeys);

    [[nodiscard]] bool has(const char *key) const { return m_object.contains(QLatin1StringView(key)); }
    // A text without control characters and text direction controls (rule 12 of docs/trust.md).
    QString string(const char *key, qsizetype maxLength = 200, LineBreaks lineBreaks = LineBreaks::Refused);
    qint64 integer(const char *key, qint64 minimum, qint64 maximum);
    QDateTime time(const char *key);
    QDate date(const char *key);
    QByteArray base64(const char *key, qsizetype exactSize);
    QStringList strings(const char *key, qsizetype maxCount);
    QJsonObject object(const char *key);
    QJsonArray array(const char *key);
    void expectFormat(QLatin1StringView format);
    void fail(const QString &key, const QString &problem);
    // Keeps the first problem of a nested object's reader.
    void adopt(const Fields &nested)
    {
        if (m_error.isEmpty())
            m_error = nested.m_error;
    }

    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    QJsonValue required(const char *key);

    QJsonObject m_object;
    QString m_source;
    QString m_error;
};

// Base64 (standard alphabet, padded) that refuses anything else.
[[nodiscard]] std::optional<QByteArray> decodeBase64Strict(QByteArrayView text,
                                                           QByteArray::Base64Options options = {});

} // namespace kring::trust
