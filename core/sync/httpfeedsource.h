// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/feedsource.h"

#include <QHash>
#include <QSet>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace kring::sync {

// The feed URL as Kring accepts it: https (plain http only to this machine, for tests), with no user name,
// query or fragment, so that no request can carry anything but the file it asks for.
[[nodiscard]] Result<QUrl> feedUrl(const QString &text);

// A SOCKS5 proxy (Orbot, Tor) that every feed request goes through; host names are resolved by the proxy.
struct Proxy {
    QString host; // empty: no proxy
    quint16 port = 0;

    [[nodiscard]] bool isSet() const { return !host.isEmpty(); }
    [[nodiscard]] QString text() const;
    friend bool operator==(const Proxy &, const Proxy &) = default;
};

// Sends every request of `manager` through `proxy` (SOCKS5, host names resolved by the proxy) when it is set.
void useProxy(QNetworkAccessManager &manager, const Proxy &proxy);

// "host:port" (a name, an IPv4 address or [an IPv6 address], a port from 1 to 65535), or why not.
[[nodiscard]] Result<Proxy> proxyAddress(const QString &text);

// A small feed file fetched before, with the validators its server gave it, for a conditional GET.
struct KeptFile {
    QUrl url; // the exact address it came from: its validators are sent there and nowhere else
    QByteArray etag;
    QByteArray lastModified;
    QByteArray body;
    friend bool operator==(const KeptFile &, const KeptFile &) = default;
};

// The files kept for conditional GETs: snapshot.json, revocations.json, announcements.json, news.json and
// root/N.json (directory.json is large and has its own check: the snapshot lists its hash).
[[nodiscard]] bool isKeptPath(const QString &path);
// A validator Kring keeps and sends back: at most 64 printable ASCII characters. Anything longer could
// carry an identifier for this install (a cookie by another name).
[[nodiscard]] bool isShortValidator(const QByteArray &value);

// Why the last request failed, in kinds the app can put into plain words.
enum class FetchProblem {
    None,
    Network, // no connection to the server (offline, name unknown, refused, timed out)
    Proxy,   // the proxy could not be reached or refused the connection
    Server,  // the server answered with an error, a refused redirect or a file over its cap
};

// Feed files fetched with one GET each, as feed::verifyFeed reads them. Every request is the same on every
// phone: a fixed User-Agent and Accept-Language, no cookies, no query string, no cache; redirects only to
// https on the same host; size caps checked before and while reading; a timeout. With kept files
// (setKept), a file kept from the same URL is asked for with If-None-Match / If-Modified-Since and a 304
// answer gives the kept bytes. read() blocks on an event loop of its own: use it off the GUI thread, and in
// one thread only.
class HttpFeedSource : public feed::FeedSource
{
public:
    explicit HttpFeedSource(QUrl feedUrl, int timeoutMilliseconds = 30000);
    ~HttpFeedSource() override;

    [[nodiscard]] Result<std::optional<QByteArray>> read(const QString &path, qint64 maxBytes) const override;
    // Bytes received so far, bodies only.
    [[nodiscard]] qint64 bytesReceived() const { return m_bytesReceived; }

    // Every request goes through `proxy` when it is set.
    void setProxy(const Proxy &proxy) { m_proxy = proxy; }
    // The files kept from earlier fetches, by path ("snapshot.json", "root/2.json").
    void setKept(QHash<QString, KeptFile> kept) { m_kept = std::move(kept); }
    // The kept files after the reads so far: new validators taken, files without them dropped.
    [[nodiscard]] const QHash<QString, KeptFile> &kept() const { return m_kept; }
    // Paths whose kept file changed or was dropped since setKept().
    [[nodiscard]] const QSet<QString> &changedKept() const { return m_changed; }
    // Files answered with 304 Not Modified and taken from the kept bytes.
    [[nodiscard]] int notModifiedCount() const { return m_notModified; }
    // The kind of the last failed request; None when the last request worked.
    [[nodiscard]] FetchProblem problem() const { return m_problem; }

private:
    struct Response;
    [[nodiscard]] Response get(const QUrl &url, const QString &path, qint64 maxBytes,
                               const KeptFile *validators) const;
    void keep(const QString &path, const QUrl &url, const Response &response) const;

    QUrl m_base;
    int m_timeout;
    Proxy m_proxy;
    mutable std::unique_ptr<QNetworkAccessManager> m_manager;
    mutable qint64 m_bytesReceived = 0;
    mutable QHash<QString, KeptFile> m_kept;
    mutable QSet<QString> m_changed;
    mutable int m_notModified = 0;
    mutable FetchProblem m_problem = FetchProblem::None;
};

} // namespace kring::sync
