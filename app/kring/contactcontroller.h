// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact/contactdesk.h"
#include "groupdetails.h"
#include "schedule/announcementkind.h"
#include "sync/httpfeedsource.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace kring {
class Store;
class DatabaseKey;
} // namespace kring

// The Contactpersoon page: the contact key on this phone, its certificate, the group's coming meetings, an
// announcement from draft to preview to signed, and what was sent with its delivery state. The use cases are
// contact::ContactDesk's; this wires them to QML and runs delivery off the GUI thread.
class ContactController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    // "unavailable" (no store), "none", "waiting" (for a certificate), "certified", "expired", "revoked",
    // "notYetValid"
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString groupId READ groupId NOTIFY changed)
    Q_PROPERTY(QString groupName READ groupName NOTIFY changed)
    Q_PROPERTY(QString requestCode READ requestCode NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(GroupDetails *group READ group CONSTANT)
    Q_PROPERTY(GroupDetails *preview READ preview CONSTANT)
    Q_PROPERTY(QString previewSummary READ previewSummary NOTIFY previewChanged)
    Q_PROPERTY(bool previewReady READ previewReady NOTIFY previewChanged)
    // One map per announcement sent, newest first: {id, text, deliveryText, delivered, canWithdraw}
    Q_PROPERTY(QVariantList history READ history NOTIFY changed)
    Q_PROPERTY(bool delivering READ delivering NOTIFY deliveringChanged)
    // The longest note, in characters.
    Q_PROPERTY(int noteLimit READ noteLimit CONSTANT)
    // Today where the phone is, as an ISO date (yyyy-MM-dd): where the date pickers start.
    Q_PROPERTY(QString today READ today NOTIFY nowChanged)

public:
    explicit ContactController(QString language, QObject *parent = nullptr);

    // What the controller works on. `openGroup` gives the directory holding a group (null when unknown).
    struct Context {
        std::shared_ptr<kring::Store> store;
        QString databasePath;
        std::shared_ptr<const kring::DatabaseKey> key;
        QByteArray pinnedRoot;
        QUrl feedUrl; // the inbox is beside it; empty: announcements wait and can be shared as links
        std::function<std::shared_ptr<const kring::Directory>(const QString &groupId)> openGroup;
        QList<kring::Announcement> announcements;
        kring::sync::Proxy proxy; // the inbox is reached the way the feed is
    };
    void setContext(Context context);
    // The moment dates and certificates are judged at; invalid (the default): the clock.
    void setNow(const QDateTime &now);

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void enrol(const QString &groupId);
    Q_INVOKABLE void importCertificate(const QString &code);
    Q_INVOKABLE void forget();
    // Builds a draft and its preview. `fields`: date, until, newDate, newTime, venue, note, rrule, time (ISO
    // dates, HH:mm times). Returns false, with the reason in `message`, when it is not complete.
    Q_INVOKABLE bool prepare(const QString &kind, const QVariantMap &fields);
    // Signs the prepared draft, keeps it and delivers it.
    Q_INVOKABLE bool send();
    // Signs a withdrawal of announcement `id` (from history), keeps it and delivers it.
    Q_INVOKABLE bool withdraw(qint64 id);
    Q_INVOKABLE void cancelDraft();
    // Hands what waits to the network's inbox, off the GUI thread.
    Q_INVOKABLE void deliver();
    Q_INVOKABLE bool copyToClipboard(const QString &text);
    // The share link of announcement `id` (kring://a/…).
    [[nodiscard]] Q_INVOKABLE QString linkOf(qint64 id) const;
    // An ISO date as the schedules write it, with the year ("dinsdag 24 november 2026"); empty when it is
    // none.
    [[nodiscard]] Q_INVOKABLE QString dateText(const QString &isoDate) const;

    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] QString groupId() const;
    [[nodiscard]] QString groupName() const { return m_group.name(); }
    [[nodiscard]] QString requestCode() const;
    [[nodiscard]] QString statusText() const { return m_statusText; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }
    [[nodiscard]] GroupDetails *group() { return &m_group; }
    [[nodiscard]] GroupDetails *preview() { return &m_preview; }
    [[nodiscard]] QString previewSummary() const { return m_previewSummary; }
    [[nodiscard]] bool previewReady() const { return m_draft.has_value(); }
    [[nodiscard]] QVariantList history() const { return m_history; }
    [[nodiscard]] bool delivering() const { return m_delivering; }
    [[nodiscard]] static int noteLimit() { return int(kring::maxAnnouncementNoteLength); }
    [[nodiscard]] QString today() const;

    // How an announcement reads in the history: "Gaat niet door: dinsdag 10 november".
    [[nodiscard]] static QString describe(const kring::OutboxItem &item, const QString &language);

Q_SIGNALS:
    void changed();
    void messageChanged();
    void previewChanged();
    void deliveringChanged();
    void nowChanged();
    // A delivery round has finished.
    void delivered();

private:
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] kring::Result<kring::contact::TrustView> trustView() const;
    void show(const std::optional<kring::contact::Enrolment> &enrolment);
    void readHistory();
    void setMessage(const QString &message, bool isError);

    QString m_language;
    Context m_context;
    QList<kring::Announcement> m_shownAnnouncements; // the network's and this phone's own, as the list shows
    QDateTime m_now;
    std::optional<kring::contact::Enrolment> m_enrolment;
    QString m_state = QStringLiteral("unavailable");
    QString m_statusText;
    QString m_message;
    bool m_messageIsError = false;
    GroupDetails m_group;
    GroupDetails m_preview;
    std::optional<kring::trust::AnnouncementPayload> m_draft;
    QString m_previewSummary;
    QVariantList m_history;
    QList<kring::OutboxItem> m_items;
    bool m_delivering = false;
};
