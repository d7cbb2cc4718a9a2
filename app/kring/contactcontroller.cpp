// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactcontroller.h"

#include "schedule/schedulewords.h"
#include "store/store.h"
#include "sync/inboxsender.h"

#include <QClipboard>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QtConcurrent/QtConcurrentRun>

using namespace kring;

namespace {

QString certificateStateName(contact::CertificateStatus status)
{
    switch (status) {
    case contact::CertificateStatus::Missing:
        return QStringLiteral("waiting");
    case contact::CertificateStatus::Valid:
        return QStringLiteral("certified");
    case contact::CertificateStatus::NotYetValid:
        return QStringLiteral("notYetValid");
    case contact::CertificateStatus::Expired:
        return QStringLiteral("expired");
    case contact::CertificateStatus::Revoked:
        return QStringLiteral("revoked");
    case contact::CertificateStatus::Superseded:
        return QStringLiteral("superseded");
    }
    return {};
}

} // namespace

ContactController::ContactController(QString language, QObject *parent)
    : QObject(parent)
    , m_language(std::move(language))
{}

void ContactController::setContext(Context context)
{
    m_context = std::move(context);
    refresh();
}

void ContactController::setNow(const QDateTime &now)
{
    m_now = now;
    m_group.setNow(now);
    m_preview.setNow(now);
    Q_EMIT nowChanged();
}

QDateTime ContactController::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString ContactController::today() const
{
    return now().toLocalTime().date().toString(Qt::ISODate);
}

QString ContactController::dateText(const QString &isoDate) const
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? ScheduleWords(m_language).date(date, true) : QString();
}

Result<contact::TrustView> ContactController::trustView() const
{
    return contact::trustView(m_context.store->database(), m_context.pinnedRoot, now());
}

QString ContactController::groupId() const
{
    return m_enrolment ? m_enrolment->group : QString();
}

QString ContactController::requestCode() const
{
    return m_enrolment ? m_enrolment->requestCode : QString();
}

void ContactController::refresh()
{
    if (!m_context.store) {
        m_state = QStringLiteral("unavailable");
        Q_EMIT changed();
        return;
    }
    const auto trust = trustView();
    const auto enrolment = trust ? contact::ContactDesk(m_context.store->database()).enrolment(trust.value())
                                 : Result<std::optional<contact::Enrolment>>(Error{trust.error()});
    if (!enrolment) {
        setMessage(enrolment.error(), true);
        return;
    }
    show(enrolment.value());
}

void ContactController::show(const std::optional<contact::Enrolment> &enrolment)
{
    m_enrolment = enrolment;
    m_state = enrolment ? certificateStateName(enrolment->status) : QStringLiteral("none");
    const QString group = groupId();
    const auto directory = group.isEmpty() || !m_context.openGroup ? nullptr : m_context.openGroup(group);
    m_group.show(directory, group, m_language);
    const ScheduleWords words(m_language);
    if (!enrolment)
        m_statusText.clear();
    else if (enrolment->status == contact::CertificateStatus::Superseded)
        m_statusText = tr("The network has renewed its keys since your certificate was made, so it no longer "
                          "counts. Send the request code below to the network for a new certificate.");
    else if (!enrolment->certificate)
        m_statusText =
            tr("Send the request code below to the network. You will get a certificate code back.");
    else if (enrolment->status == contact::CertificateStatus::Valid)
        m_statusText =
            tr("Known to the network until %1.").arg(words.date(enrolment->certificate->notAfter.date()));
    else if (enrolment->status == contact::CertificateStatus::Expired)
        m_statusText = tr("Your certificate expired on %1. Ask the network's contact for a new certificate "
                          "and send them the request code below.")
                           .arg(words.date(enrolment->certificate->notAfter.date()));
    else if (enrolment->status == contact::CertificateStatus::Revoked)
        m_statusText =
            tr("The network has withdrawn your certificate. Ask the network's contact what to do.");
    else
        m_statusText = tr("Your certificate is valid from %1.")
                           .arg(words.date(enrolment->certificate->notBefore.date()));
    readHistory();
    Q_EMIT changed();
}

void ContactController::readHistory()
{
    const auto items = contact::ContactDesk(m_context.store->database()).history();
    m_items = items ? items.value() : QList<OutboxItem>();
    m_history.clear();
    // The contact person sees what they sent at once, before the network publishes it.
    QList<Announcement> announcements = m_context.announcements;
    QHash<qint64, QString> texts;
    QSet<qint64> withdrawn;
    for (const OutboxItem &item : std::as_const(m_items)) {
        if (contact::showsInSchedule(item, m_items, now()))
            announcements.append(contact::scheduled(item));
        texts.insert(item.id, describe(item, m_language));
        if (item.withdrawsId > 0)
            withdrawn.insert(item.withdrawsId);
    }
    m_group.setAnnouncements(announcements);
    m_shownAnnouncements = announcements;
    for (const OutboxItem &item : std::as_const(m_items)) {
        QString delivery;
        switch (item.delivery) {
        case DeliveryState::Delivered:
            delivery = tr("Delivered to the network");
            break;
        case DeliveryState::Refused:
            delivery = tr("Not accepted by the network: %1").arg(item.problem);
            break;
        case DeliveryState::Waiting:
            delivery = item.attempts == 0 ? tr("Waiting to be sent")
                                          : tr("Not sent yet; Kring tries again (%1)").arg(item.problem);
            break;
        }
        const bool isWithdrawal = item.withdrawsId > 0;
        const QString text = isWithdrawal ? tr("Taken back: %1").arg(texts.value(item.withdrawsId))
                             : withdrawn.contains(item.id) ? tr("%1 (taken back)").arg(texts.value(item.id))
                                                           : texts.value(item.id);
        const bool canWithdraw = !isWithdrawal && !withdrawn.contains(item.id) && item.expires > now() &&
                                 item.delivery != DeliveryState::Refused;
        m_history.append(
            QVariantMap{{QStringLiteral("id"), item.id},
                        {QStringLiteral("text"), text},
                        {QStringLiteral("canWithdraw"), canWithdraw},
                        {QStringLiteral("deliveryText"), delivery},
                        {QStringLiteral("delivered"), item.delivery == DeliveryState::Delivered}});
    }
}

void ContactController::setMessage(const QString &message, bool isError)
{
    m_message = message;
    m_messageIsError = isError;
    Q_EMIT messageChanged();
}

void ContactController::enrol(const QString &groupId)
{
    if (!m_context.store)
        return;
    const auto enrolment = contact::ContactDesk(m_context.store->database()).enrol(groupId, now());
    if (!enrolment) {
        setMessage(enrolment.error(), true);
        return;
    }
    setMessage({}, false);
    refresh();
}

void ContactController::importCertificate(const QString &code)
{
    if (!m_context.store)
        return;
    const auto trust = trustView();
    const auto taken =
        trust ? contact::ContactDesk(m_context.store->database()).importCertificate(code, trust.value())
              : Result<contact::Enrolment>(Error{trust.error()});
    if (!taken) {
        setMessage(taken.error(), true);
        return;
    }
    setMessage(tr("Certificate taken. You can send announcements for your group now."), false);
    show(taken.value());
}

void ContactController::forget()
{
    if (!m_context.store)
        return;
    if (const Status removed = contact::ContactDesk(m_context.store->database()).forget(); !removed) {
        setMessage(removed.error(), true);
        return;
    }
    cancelDraft();
    setMessage({}, false);
    refresh();
}

bool ContactController::prepare(const QString &kindName, const QVariantMap &fields)
{
    const auto kind = announcementKindFromName(kindName);
    if (!kind || !m_enrolment) {
        setMessage(tr("This kind of announcement is not known."), true);
        return false;
    }
    trust::AnnouncementPayload draft;
    draft.kind = *kind;
    draft.group = m_enrolment->group;
    const auto date = [&](const char *name) {
        return QDate::fromString(fields.value(QLatin1StringView(name)).toString(), Qt::ISODate);
    };
    const auto time = [&](const char *name) {
        return QTime::fromString(fields.value(QLatin1StringView(name)).toString(), QStringLiteral("H:mm"));
    };
    draft.date = date("date");
    draft.until = date("until");
    draft.newDate = date("newDate");
    draft.newTime = time("newTime");
    draft.time = time("time");
    draft.venue = fields.value(QStringLiteral("venue")).toString().trimmed();
    draft.note = fields.value(QStringLiteral("note")).toString().trimmed();
    draft.rrule = fields.value(QStringLiteral("rrule")).toString().trimmed();
    const Announcement scheduled = contact::preview(draft);
    if (const Status complete = scheduled.validate(); !complete) {
        setMessage(complete.error(), true);
        return false;
    }
    m_draft = draft;
    m_previewSummary = describe(contact::outboxItem(draft), m_language);
    m_preview.show(m_context.openGroup ? m_context.openGroup(draft.group) : nullptr, draft.group, m_language);
    // Seekers will also see what was sent before, as the group's list on this page does.
    m_preview.setAnnouncements(m_shownAnnouncements + QList<Announcement>{scheduled});
    setMessage({}, false);
    Q_EMIT previewChanged();
    return true;
}

void ContactController::cancelDraft()
{
    m_draft.reset();
    m_previewSummary.clear();
    Q_EMIT previewChanged();
}

bool ContactController::withdraw(qint64 id)
{
    if (!m_context.store)
        return false;
    const auto trust = trustView();
    const auto item =
        trust ? contact::ContactDesk(m_context.store->database()).withdraw(id, trust.value(), now())
              : Result<OutboxItem>(Error{trust.error()});
    if (!item) {
        setMessage(item.error(), true);
        return false;
    }
    setMessage(tr("Taken back. Kring tells the network; phones that have the announcement drop it."), false);
    readHistory();
    Q_EMIT changed();
    deliver();
    return true;
}

bool ContactController::send()
{
    if (!m_draft || !m_context.store)
        return false;
    const auto trust = trustView();
    const auto item =
        trust ? contact::ContactDesk(m_context.store->database()).announce(*m_draft, trust.value(), now())
              : Result<OutboxItem>(Error{trust.error()});
    if (!item) {
        setMessage(item.error(), true);
        return false;
    }
    cancelDraft();
    setMessage(tr("Signed. Kring sends it to the network; you can also share the link in your group's chat."),
               false);
    readHistory();
    Q_EMIT changed();
    deliver();
    return true;
}

void ContactController::deliver()
{
    if (!m_context.store || m_context.feedUrl.isEmpty() || m_delivering || !m_context.key)
        return;
    m_delivering = true;
    Q_EMIT deliveringChanged();
    auto *watcher = new QFutureWatcher<Result<int>>(this);
    connect(watcher, &QFutureWatcher<Result<int>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_delivering = false;
        if (const Result<int> result = watcher->result(); !result)
            setMessage(result.error(), true);
        readHistory();
        Q_EMIT changed();
        Q_EMIT deliveringChanged();
        Q_EMIT delivered();
    });
    watcher->setFuture(QtConcurrent::run([path = m_context.databasePath, key = m_context.key,
                                          inbox = sync::inboxUrl(m_context.feedUrl), proxy = m_context.proxy,
                                          at = now()]() -> Result<int> {
        auto database = Database::open(path, *key);
        if (!database)
            return Error{database.error()};
        sync::InboxSender sender(inbox);
        sender.setProxy(proxy);
        return contact::deliverWaiting(database.value(), sender, at);
    }));
}

bool ContactController::copyToClipboard(const QString &text)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard || text.isEmpty())
        return false;
    clipboard->setText(text);
    setMessage(tr("Copied. Paste it in a message or your group's chat."), false);
    return true;
}

QString ContactController::linkOf(qint64 id) const
{
    for (const OutboxItem &item : m_items) {
        if (item.id == id)
            return trust::announcementLink(item.envelope);
    }
    return {};
}

QString ContactController::describe(const OutboxItem &item, const QString &language)
{
    const ScheduleWords words(language);
    const QString date = item.date.isValid() ? words.date(item.date) : QString();
    const QString until = item.until.isValid() ? words.date(item.until) : QString();
    const auto kind = announcementKindFromName(item.kind);
    switch (kind.value_or(AnnouncementKind::Note)) {
    case AnnouncementKind::Cancel:
        return tr("Cancelled: %1").arg(date);
    case AnnouncementKind::Move:
        return tr("%1 moved to %2 at %3")
            .arg(date, words.date(item.movedTo.date()),
                 item.movedTo.time().toString(QStringLiteral("HH:mm")));
    case AnnouncementKind::Relocate:
        return until.isEmpty() ? tr("%1 at another place: %2").arg(date, item.venue)
                               : tr("%1 to %2 at another place: %3").arg(date, until, item.venue);
    case AnnouncementKind::Pause:
        return tr("No meetings from %1 to %2").arg(date, until);
    case AnnouncementKind::Reschedule:
        return tr("New schedule from %1").arg(date);
    case AnnouncementKind::Note:
        return tr("Note until %1: %2").arg(until, item.note);
    case AnnouncementKind::Withdraw:
        return tr("An earlier announcement taken back");
    }
    return {};
}
