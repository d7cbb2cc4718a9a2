// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/feedsource.h"

#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace kring::sync {

// The feed URL as Kring accepts it: https (plain http only to this machine, for tests), with no user name,
// query or fragment, so that no request can carry anything but the file it asks for.
[[nodiscard]] Result<QUrl> feedUrl(const QString &text);

// Feed files fetched with one GET each, as feed::verifyFeed reads them. Every request is the same on every
// phone: a fixed User-Agent and Accept-Language, no cookies, no query string, no cache; redirects only to
// https on the same host; size caps checked before and while reading; a timeout. read() blocks on an event
// loop of its own: use it off the GUI thread, and in one thread only.
class HttpFeedSource : public feed::FeedSource
{
public:
    explicit HttpFeedSource(QUrl feedUrl, int timeoutMilliseconds = 30000);
    ~HttpFeedSource() override;

    [[nodiscard]] Result<std::optional<QByteArray>> read(const QString &path, qint64 maxBytes) const override;
    // Bytes received so far, bodies only.
    [[nodiscard]] qint64 bytesReceived() const { return m_bytesReceived; }

private:
    QUrl m_base;
    int m_timeout;
    mutable std::unique_ptr<QNetworkAccessManager> m_manager;
    mutable qint64 m_bytesReceived = 0;
};

} // namespace kring::sync
