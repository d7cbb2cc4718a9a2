// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingkit.h"

#include "directory/contactlinks.h"
#include "help/helplines.h"
#include "meetingdevice.h"
#include "schedule/meetingnow.h"
#include "schedule/schedulewords.h"

#include <QLocale>

using namespace kring;

namespace {

QString whenWords(const std::optional<Occurrence> &when, const QDateTime &now, const QString &language)
{
    if (!when)
        return {};
    const ScheduleWords words(language);
    const QString time = words.timeRange(when->start, when->end);
    if (when->start <= now && now < when->end)
        return MeetingKit::tr("Meeting now, %1").arg(time);
    return MeetingKit::tr("Next meeting: %1, %2").arg(words.date(when->start.date()), time);
}

} // namespace

MeetingKit::MeetingKit(QString language, QObject *parent)
    : QObject(parent)
    , m_language(std::move(language))
{
    connect(&m_timer, &SpeakingTimer::vibrateAtEndChanged, this, [this] {
        Q_EMIT settingChanged(QString(vibrateSetting),
                              m_timer.vibrateAtEnd() ? QStringLiteral("1") : QStringLiteral("0"));
    });
    connect(&m_timer, &SpeakingTimer::stateChanged, this,
            [this] { Platform::keepScreenOn(m_timer.running()); });
    connect(&m_timer, &SpeakingTimer::vibrationRequested, this, [] { Platform::vibrate(); });
}

QDateTime MeetingKit::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

void MeetingKit::restore(const QHash<QString, QString> &settings)
{
    QSignalBlocker blocker(this); // restoring is not choosing: nothing to keep again
    m_timer.setVibrateAtEnd(settings.value(QString(vibrateSetting)) == u"1");
    m_largeText = settings.value(QString(largeTextSetting)) == u"1";
    m_keptGroupId = settings.value(QString(groupSetting));
    blocker.unblock();
    Q_EMIT largeTextChanged();
    if (!m_keptGroupId.isEmpty() && m_group.id.isEmpty())
        show(m_keptGroupId);
}

void MeetingKit::update(const QSet<QString> &followedIds)
{
    QStringList ids(followedIds.cbegin(), followedIds.cend());
    ids.sort();
    const QDateTime moment = now();
    QList<MeetingNow::Choice> choices;
    for (const QString &id : std::as_const(ids)) {
        const std::shared_ptr<const Directory> directory = m_lookup ? m_lookup(id) : nullptr;
        const Group *group = directory ? directory->group(id) : nullptr;
        if (group)
            choices.append({group->id, group->name, MeetingNow::currentOrNext(*group, moment)});
    }
    m_choices.clear();
    for (const MeetingNow::Choice &choice : MeetingNow::ordered(choices, moment)) {
        m_choices.append(
            QVariantMap{{QStringLiteral("groupId"), choice.groupId},
                        {QStringLiteral("name"), choice.name},
                        {QStringLiteral("whenText"), whenWords(choice.when, moment, m_language)},
                        {QStringLiteral("now"), choice.isNow(moment)},
                        {QStringLiteral("start"), choice.when ? choice.when->start : QDateTime()}});
    }
    Q_EMIT choicesChanged();
    // The group shown, read again from the new directory; else the one kept from before.
    const QString shown = !m_group.id.isEmpty() ? m_group.id : m_keptGroupId;
    if (!shown.isEmpty())
        show(shown);
}

QString MeetingKit::firstChoice() const
{
    return m_choices.isEmpty() ? QString()
                               : m_choices.constFirst().toMap().value(QStringLiteral("groupId")).toString();
}

void MeetingKit::pick(const QString &groupId)
{
    show(groupId);
    if (m_group.id.isEmpty() || m_keptGroupId == groupId)
        return;
    m_keptGroupId = groupId;
    Q_EMIT settingChanged(QString(groupSetting), groupId);
}

void MeetingKit::show(const QString &groupId)
{
    const std::shared_ptr<const Directory> directory = m_lookup ? m_lookup(groupId) : nullptr;
    const Group *group = directory ? directory->group(groupId) : nullptr;
    m_group = group ? *group : Group{};
    m_texts = group ? directory->meetingTextsOf(*group) : MeetingTexts{};
    m_networkTexts = group && m_texts != group->meetingTexts;
    m_networkName = directory ? directory->networkName : QString();
    m_whenText = group ? whenWords(MeetingNow::currentOrNext(*group, now()), now(), m_language) : QString();
    m_helpLines.clear();
    if (group) {
        QString country = ContactLinks::countryOf(*group, *directory);
        if (country.isEmpty())
            country = HelpLines::countryFor({}, QLocale());
        for (const HelpLine &line : HelpLines::bundled().forCountry(country)) {
            // A full number as E.164 in its country (tel:+318000113); a short one (113, 1813) as dialled.
            QUrl callUrl = ContactLinks::telUrl(line.number, line.country);
            if (callUrl.isEmpty())
                callUrl = line.callUrl();
            m_helpLines.append(QVariantMap{{QStringLiteral("name"), line.name.in(m_language)},
                                           {QStringLiteral("what"), line.what.in(m_language)},
                                           {QStringLiteral("when"), line.when.in(m_language)},
                                           {QStringLiteral("number"), line.number},
                                           {QStringLiteral("callUrl"), callUrl},
                                           {QStringLiteral("emergency"), line.emergency}});
        }
    }
    Q_EMIT groupChanged();
}

QStringList MeetingKit::agreements() const
{
    QStringList texts;
    for (const LocalizedText &agreement : m_texts.agreements)
        texts.append(agreement.in(m_language));
    return texts;
}

void MeetingKit::setLargeText(bool large)
{
    if (large == m_largeText)
        return;
    m_largeText = large;
    Q_EMIT largeTextChanged();
    Q_EMIT settingChanged(QString(largeTextSetting), large ? QStringLiteral("1") : QStringLiteral("0"));
}
