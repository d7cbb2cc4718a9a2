// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpfeedsource.h"
#include "result.h"

#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace kring::sync {

// The network's inbox beside its feed: "<feed folder>/../inbox/" ("https://host/feed/" →
// "https://host/inbox/").
[[nodiscard]] QUrl inboxUrl(const QUrl &feedUrl);

// What the inbox did with an announcement.
struct InboxReply {
    enum class Outcome { Delivered, Refused, TryLater };
    Outcome outcome = Outcome::TryLater;
    QString problem; // for the person, when not delivered
};

// Hands signed announcements to the network's inbox: one PUT of the envelope under a random name, with the
// same fixed headers as every feed request and nothing else. put() blocks on an event loop of its own: use it
// off the GUI thread, in one thread only.
class InboxSender
{
public:
    explicit InboxSender(QUrl inboxUrl, int timeoutMilliseconds = 30000);
    ~InboxSender();

    // Through the same proxy as the feed, when one is set.
    void setProxy(const Proxy &proxy) { m_proxy = proxy; }
    [[nodiscard]] InboxReply put(const QByteArray &envelope) const;

private:
    Proxy m_proxy;
    QUrl m_inbox;
    int m_timeout;
    mutable std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace kring::sync
