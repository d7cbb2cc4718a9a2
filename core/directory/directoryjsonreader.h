// SPDX-License-Identifier: GPL-3.0-or-later
// For directoryjson.cpp only: JSON paths, time zones and the Reader, which reads JsonTree's values and
// QJsonDocument's alike.
#pragma once

#include "localizedtext.h"
#include "text/signedtext.h"
#include "json/jsontree.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>
#include <type_traits>
#include <unordered_map>

namespace kring::DirectoryJson::detail {

constexpr int maxReportedProblems = 20;
constexpr qsizetype maxNameLength = 200;
constexpr qsizetype maxTextLength = 4000;

// 1-64 characters a-z, 0-9, '.', '_', '-'.
inline bool isId(QStringView text)
{
    return !text.isEmpty() && text.size() <= 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
    });
}

// Where a value is, such as $.groups[3].meetings[1]; spelled out only for a problem. A path refers to the
// path it extends, which has to outlive it.
class Path
{
public:
    Path() = default; // $
    Path(const Path &) = delete;
    Path &operator=(const Path &) = delete;

    [[nodiscard]] Path member(QLatin1StringView key) const { return Path(this, key, -1); }
    [[nodiscard]] Path at(qsizetype index) const { return Path(this, {}, index); }
    [[nodiscard]] QString toString() const
    {
        if (!m_parent)
            return QStringLiteral("$");
        if (m_index < 0)
            return m_parent->toString() + QLatin1Char('.') + m_key;
        return m_parent->toString() + u'[' + QString::number(m_index) + u']';
    }

private:
    Path(const Path *parent, QLatin1StringView key, qsizetype index)
        : m_parent(parent)
        , m_key(key)
        , m_index(index)
    {}

    const Path *m_parent = nullptr;
    QLatin1StringView m_key;
    qsizetype m_index = -1;
};

// A time zone by IANA id and the local date-times read in it: a directory has a handful of zones, and
// building a QTimeZone, or a QDateTime in one, is not cheap.
struct Zone {
    QTimeZone zone;
    QHash<QString, QDateTime> dateTimes;
};

// The JSON classes read: JsonTree's first, QJsonDocument's when a JsonTree cannot be read or has a problem.
struct TreeJson {
    using Value = json::JsonTree::Value;
    using Object = json::JsonTree::Object;
};
struct QtJson {
    using Value = QJsonValue;
    using Object = QJsonObject;
};

// Walks the JSON tree, keeps the path it is at, and collects problems instead of stopping at the first.
template<class Json> class Reader
{
public:
    using Value = typename Json::Value;
    using Object = typename Json::Object;

    explicit Reader(QString sourceName)
        : m_sourceName(std::move(sourceName))
    {}

    void fail(const Path &path, const QString &problem)
    {
        if (m_problems.size() < maxReportedProblems)
            m_problems.append(QStringLiteral("%1: %2: %3").arg(m_sourceName, path.toString(), problem));
        ++m_problemCount;
    }
    [[nodiscard]] bool failed() const { return m_problemCount > 0; }
    [[nodiscard]] QString report() const
    {
        QStringList lines = m_problems;
        if (m_problemCount > m_problems.size())
            lines.append(QCoreApplication::translate("DirectoryJson", "%n more problem(s) not shown", nullptr,
                                                     int(m_problemCount - m_problems.size())));
        return lines.join(QLatin1Char('\n'));
    }

    // Reports keys that are not allowed and required keys that are missing.
    void checkKeys(const Object &object, const Path &path, std::initializer_list<QLatin1StringView> allowed,
                   std::initializer_list<QLatin1StringView> required = {})
    {
        // Counting the allowed keys present is cheap; only when some key is not among them are the keys
        // listed.
        const auto present = std::count_if(allowed.begin(), allowed.end(),
                                           [&](QLatin1StringView name) { return object.contains(name); });
        if (present != object.size()) {
            for (const QString &key : object.keys()) {
                if (std::none_of(allowed.begin(), allowed.end(),
                                 [&](QLatin1StringView name) { return name == key; }))
                    fail(path, QCoreApplication::translate("DirectoryJson", "unknown key \"%1\"").arg(key));
            }
        }
        for (QLatin1StringView key : required) {
            if (!object.contains(key))
                fail(path,
                     QCoreApplication::translate("DirectoryJson", "missing required key \"%1\"").arg(key));
        }
    }

    QString string(const Object &object, QLatin1StringView key, const Path &path,
                   qsizetype maxLength = maxNameLength, LineBreaks lineBreaks = LineBreaks::Refused)
    {
        const Value value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            fail(path.member(key), QCoreApplication::translate("DirectoryJson", "expected a string"));
            return {};
        }
        const QString written = value.toString();
        if (const QString problem = signedTextProblem(written, lineBreaks); !problem.isEmpty()) {
            fail(path.member(key), problem);
            return {};
        }
        QString text = written.trimmed();
        if (text.isEmpty())
            fail(path.member(key), QCoreApplication::translate("DirectoryJson", "must not be empty"));
        else if (text.size() > maxLength)
            fail(path.member(key),
                 QCoreApplication::translate("DirectoryJson", "longer than %1 characters").arg(maxLength));
        return text;
    }

    QString id(const Object &object, QLatin1StringView key, const Path &path)
    {
        const QString value = string(object, key, path);
        if (!value.isEmpty() && !isId(value))
            fail(path.member(key),
                 QCoreApplication::translate("DirectoryJson",
                                             "\"%1\" is not an id (1-64 characters a-z, 0-9, '.', '_', '-')")
                     .arg(value));
        return value;
    }

    QString oneOf(const Object &object, QLatin1StringView key, const Path &path,
                  std::initializer_list<QLatin1StringView> choices)
    {
        const QString value = string(object, key, path);
        if (!value.isEmpty() && std::find(choices.begin(), choices.end(), value) == choices.end()) {
            const QStringList names(choices.begin(), choices.end());
            fail(path.member(key), QCoreApplication::translate("DirectoryJson", "\"%1\" is not one of: %2")
                                       .arg(value, names.join(QStringLiteral(", "))));
        }
        return value;
    }

    std::optional<double> number(const Object &object, QLatin1StringView key, const Path &path, double min,
                                 double max)
    {
        const Value value = object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        const double number = value.toDouble(qQNaN());
        if (!value.isDouble() || !std::isfinite(number) || number < min || number > max) {
            fail(path.member(key),
                 QCoreApplication::translate("DirectoryJson", "expected a number from %1 to %2")
                     .arg(min)
                     .arg(max));
            return std::nullopt;
        }
        return number;
    }

    std::optional<qint64> wholeNumber(const Object &object, QLatin1StringView key, const Path &path,
                                      qint64 min, qint64 max)
    {
        const Value value = object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        const double number = value.toDouble(qQNaN());
        if (!value.isDouble() || !(number >= double(min) && number <= double(max)) ||
            number != std::trunc(number)) {
            fail(path.member(key),
                 QCoreApplication::translate("DirectoryJson", "expected a whole number from %1 to %2")
                     .arg(min)
                     .arg(max));
            return std::nullopt;
        }
        return qint64(number);
    }

    std::optional<bool> boolean(const Object &object, QLatin1StringView key, const Path &path)
    {
        const Value value = object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isBool()) {
            fail(path.member(key), QCoreApplication::translate("DirectoryJson", "expected true or false"));
            return std::nullopt;
        }
        return value.toBool();
    }

    QStringList strings(const Object &object, QLatin1StringView key, const Path &path)
    {
        QStringList result;
        forEach(object, key, path, [&](const Value &item, const Path &where) {
            const QString text = item.toString();
            if (!item.isString() || text.trimmed().isEmpty())
                fail(where, QCoreApplication::translate("DirectoryJson", "expected a non-empty string"));
            else if (text.size() > maxNameLength)
                fail(where, QCoreApplication::translate("DirectoryJson", "longer than %1 characters")
                                .arg(maxNameLength));
            else if (const QString problem = signedTextProblem(text); !problem.isEmpty())
                fail(where, problem);
            else
                result.append(text.trimmed());
        });
        return result;
    }

    LocalizedText localizedText(const Object &object, QLatin1StringView key, const Path &path,
                                LineBreaks lineBreaks = LineBreaks::Refused)
    {
        const Value value = object.value(key);
        if (value.isUndefined())
            return {};
        const Path where = path.member(key);
        if (!value.isObject()) {
            fail(where, QCoreApplication::translate(
                            "DirectoryJson",
                            "expected an object with the text per language, such as {\"nl\": \"...\"}"));
            return {};
        }
        const Object text = value.toObject();
        checkKeys(text, where, {QLatin1StringView("nl"), QLatin1StringView("en"), QLatin1StringView("fr")},
                  {QLatin1StringView("nl")});
        return {string(text, QLatin1StringView("nl"), where, maxTextLength, lineBreaks),
                string(text, QLatin1StringView("en"), where, maxTextLength, lineBreaks),
                string(text, QLatin1StringView("fr"), where, maxTextLength, lineBreaks)};
    }

    QDateTime localDateTime(const Value &value, const Path &where, Zone &zone)
    {
        const QString text = value.toString();
        if (const auto known = zone.dateTimes.constFind(text);
            known != zone.dateTimes.cend() && value.isString())
            return *known;
        // "YYYY-MM-DDTHH:MM", read digit by digit.
        const auto digits = [&](qsizetype from, qsizetype count) {
            int number = 0;
            for (qsizetype i = from; i < from + count; ++i) {
                if (!text[i].isDigit() || text[i].unicode() > '9')
                    return -1;
                number = number * 10 + (text[i].unicode() - '0');
            }
            return number;
        };
        const bool shaped =
            text.size() == 16 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':';
        const int year = shaped ? digits(0, 4) : -1, month = shaped ? digits(5, 2) : -1,
                  day = shaped ? digits(8, 2) : -1, hour = shaped ? digits(11, 2) : -1,
                  minute = shaped ? digits(14, 2) : -1;
        const bool matched = year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0;
        const QDate date = matched ? QDate(year, month, day) : QDate();
        const QTime time = matched ? QTime(hour, minute) : QTime();
        if (!value.isString() || !date.isValid() || !time.isValid()) {
            fail(where, QCoreApplication::translate(
                            "DirectoryJson", "expected a local date-time such as \"2026-01-13T19:30\""));
            return {};
        }
        const QDateTime dateTime(date, time, zone.zone.isValid() ? zone.zone : QTimeZone::utc());
        if (!dateTime.isValid() || dateTime.time() != time || dateTime.date() != date) {
            // The hour the clocks skip when summer time begins: no occurrence can be anchored there.
            fail(where, QCoreApplication::translate(
                            "DirectoryJson", "%1 does not exist in %2: the clocks go forward that night")
                            .arg(text, QString::fromUtf8(zone.zone.id())));
            return {};
        }
        zone.dateTimes.insert(text, dateTime);
        return dateTime;
    }

    QDate date(const Value &value, const Path &where)
    {
        const QDate date = value.isString() && value.toString().size() == 10
                               ? QDate::fromString(value.toString(), Qt::ISODate)
                               : QDate();
        if (!date.isValid())
            fail(where,
                 QCoreApplication::translate("DirectoryJson", "expected a date such as \"2026-07-01\""));
        return date;
    }

    // Calls `each` for every item of the array at `key`; reports a value that is not an array.
    template<class Each>
    void forEach(const Object &object, QLatin1StringView key, const Path &path, const Each &each)
    {
        const Value value = object.value(key);
        if (value.isUndefined())
            return;
        const Path where = path.member(key);
        if (!value.isArray()) {
            fail(where, QCoreApplication::translate("DirectoryJson", "expected an array"));
            return;
        }
        qsizetype i = 0;
        if constexpr (std::is_same_v<Value, json::JsonTree::Value>) {
            std::optional<json::JsonTree> items; // each item the tree keeps as bytes, while it is read
            for (const auto &item : value.toArray())
                each(item.expanded(items), where.at(i++));
        } else {
            for (const auto &item : value.toArray())
                each(Value(item), where.at(i++));
        }
    }

    // Like forEach, for arrays of objects.
    template<class Each>
    void forEachObject(const Object &object, QLatin1StringView key, const Path &path, const Each &each)
    {
        forEach(object, key, path, [&](const Value &item, const Path &where) {
            if (item.isObject())
                each(item.toObject(), where);
            else
                fail(where, QCoreApplication::translate("DirectoryJson", "expected an object"));
        });
    }

    // One copy of a text or list that many values repeat, such as time zones, rules, rooms, venue ids,
    // themes and languages: the directory holds it once instead of once per meeting or group.
    QString shared(const QString &text)
    {
        if (text.isEmpty())
            return text;
        const auto known = m_texts.constFind(text);
        if (known != m_texts.cend())
            return *known;
        m_texts.insert(text);
        return text;
    }
    QStringList shared(const QStringList &list)
    {
        if (list.isEmpty())
            return list;
        const auto known = m_lists.constFind(list);
        if (known != m_lists.cend())
            return *known;
        m_lists.insert(list);
        return list;
    }

    // The zone of `id`; an empty id has an invalid zone.
    Zone &zone(const QString &id)
    {
        auto known = m_zones.find(id);
        if (known == m_zones.end())
            known = m_zones.emplace(id, Zone{id.isEmpty() ? QTimeZone() : QTimeZone(id.toUtf8()), {}}).first;
        return known->second;
    }

private:
    QString m_sourceName;
    std::unordered_map<QString, Zone> m_zones; // references stay valid as zones are added
    QSet<QString> m_texts;
    QSet<QStringList> m_lists;
    QStringList m_problems;
    qsizetype m_problemCount = 0;
};

} // namespace kring::DirectoryJson::detail
