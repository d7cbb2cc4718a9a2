// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendartitle.h"

#include <QCoreApplication>

#include <array>

namespace kring::CalendarTitle {
namespace {

// Categories (docs/directory-format.md) whose groups someone may not want a partner, parent or colleague
// to see in a calendar: addiction, mental health, phobias and compulsions, sexuality, relationships, debts.
constexpr std::array<QLatin1StringView, 6> sensitiveCategories{
    QLatin1StringView("verslaving"),     QLatin1StringView("geestelijke-gezondheid"),
    QLatin1StringView("fobie-en-dwang"), QLatin1StringView("seksualiteit"),
    QLatin1StringView("relaties"),       QLatin1StringView("werk-en-financien")};
// Themes that are sensitive in a category that is not: suicide, abuse and violence.
constexpr std::array<QLatin1StringView, 4> sensitiveThemes{
    QLatin1StringView("nabestaanden-suicide"), QLatin1StringView("seksueel-misbruik"),
    QLatin1StringView("huiselijk-geweld"), QLatin1StringView("suicide")};

template<std::size_t N> bool contains(const std::array<QLatin1StringView, N> &list, const QString &value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace

Choice fromSetting(const QString &value)
{
    if (value == u"name")
        return Choice::GroupName;
    if (value == u"neutral")
        return Choice::Neutral;
    return Choice::ByTheme;
}

QString toSetting(Choice choice)
{
    switch (choice) {
    case Choice::GroupName:
        return QStringLiteral("name");
    case Choice::Neutral:
        return QStringLiteral("neutral");
    case Choice::ByTheme:
        break;
    }
    return QStringLiteral("theme");
}

bool isSensitive(const Directory &directory, const Group &group)
{
    for (const QString &themeId : group.themeIds) {
        if (contains(sensitiveThemes, themeId))
            return true;
        const Theme *theme = directory.theme(themeId);
        if (theme && contains(sensitiveCategories, theme->category))
            return true;
    }
    return false;
}

bool isNeutral(Choice choice, const Directory &directory, const Group &group)
{
    switch (choice) {
    case Choice::GroupName:
        return false;
    case Choice::Neutral:
        return true;
    case Choice::ByTheme:
        break;
    }
    return isSensitive(directory, group);
}

QString neutralTitle()
{
    return QCoreApplication::translate("CalendarTitle", "Appointment");
}

} // namespace kring::CalendarTitle
