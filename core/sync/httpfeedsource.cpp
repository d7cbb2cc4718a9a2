// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfeedsource.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

#include <algorithm>

namespace kring::sync {
namespace {

constexpr int maxRedirects = 3;
constexpr qsizetype maxValidatorLength = 64;

bool isThisMachine(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host() == u"localhost" || (!address.isNull() && address.isLoopback());
}

QString urlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("Sync", "not a web address");
    if (url.scheme() != u"https" && !(url.scheme() == u"http" && isThisMachine(url)))
        return QCoreApplication::translate("Sync", "the feed must be fetched over https");
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate("Sync", "a feed address has no user name, query or fragment");
    return {};
}

// Redirects stay on the same host, over https (or the test host's own scheme), and carry nothing extra.
bool redirectAllowed(const QUrl &base, const QUrl &target)
{
    return urlProblem(target).isEmpty() && target.host() == base.host() && target.scheme() == base.scheme();
}

QNetworkRequest requestFor(const QUrl &url, int timeout)
{
    QNetworkRequest request(url);
    // The same bytes from every phone: nothing that tells one install, language or platform from another.
    request.setRawHeader("User-Agent", "Kring");
    request.setRawHeader("Accept-Language", "*");
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    request.setTransferTimeout(timeout);
    return request;
}

} // namespace

Result<QUrl> feedUrl(const QString &text)
{
    QUrl url(text, QUrl::StrictMode);
    if (const QString problem = urlProblem(url); !problem.isEmpty())
        return Error{QCoreApplication::translate("Sync", "%1: %2").arg(text, problem)};
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

HttpFeedSource::HttpFeedSource(QUrl feedUrl, int timeoutMilliseconds)
    : m_base(std::move(feedUrl))
    , m_timeout(timeoutMilliseconds)
{}

HttpFeedSource::~HttpFeedSource() = default;

QString Proxy::text() const
{
    return QStringLiteral("%1:%2").arg(host.contains(u':') ? u'[' + host + u']' : host).arg(port);
}

Result<Proxy> proxyAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(QStringLiteral("socks5://") + trimmed, QUrl::StrictMode);
    const bool plain = url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty() &&
                       url.path().isEmpty() && !url.hasQuery() && !url.hasFragment();
    if (trimmed.isEmpty() || !plain || url.port() < 1)
        return Error{QCoreApplication::translate(
            "Sync", "Write the proxy as address:port, for example 127.0.0.1:9050.")};
    return Proxy{url.host(), quint16(url.port())};
}

bool isKeptPath(const QString &path)
{
    static const QRegularExpression root(QStringLiteral("^root/[1-9][0-9]{0,15}\\.json$"));
    return path == u"snapshot.json" || path == u"revocations.json" || path == u"announcements.json" ||
           path == u"news.json" || root.match(path).hasMatch();
}

bool isShortValidator(const QByteArray &value)
{
    if (value.isEmpty() || value.size() > maxValidatorLength)
        return false;
    return std::all_of(value.begin(), value.end(), [](char c) { return c >= 0x20 && c <= 0x7e; });
}

struct HttpFeedSource::Response {
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QByteArray lastModified;
    QString problem; // set when the request failed
    FetchProblem kind = FetchProblem::None;
};

namespace {

FetchProblem problemKind(QNetworkReply::NetworkError error, bool throughProxy)
{
    // Qt 6.4 reports a proxy that refuses the connection as an unknown network error.
    if (throughProxy && error == QNetworkReply::UnknownNetworkError)
        return FetchProblem::Proxy;
    switch (error) {
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return FetchProblem::Proxy;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return FetchProblem::Network;
    default:
        return FetchProblem::Server;
    }
}

} // namespace

void useProxy(QNetworkAccessManager &manager, const Proxy &proxy)
{
    if (!proxy.isSet())
        return;
    QNetworkProxy socks(QNetworkProxy::Socks5Proxy, proxy.host, proxy.port);
    // The proxy resolves host names: no DNS query leaves the phone beside it.
    socks.setCapabilities(QNetworkProxy::TunnelingCapability | QNetworkProxy::HostNameLookupCapability);
    manager.setProxy(socks);
}

HttpFeedSource::Response HttpFeedSource::get(const QUrl &url, const QString &path, qint64 maxBytes,
                                             const KeptFile *validators) const
{
    if (!m_manager) {
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_manager->setCookieJar(nullptr);
        useProxy(*m_manager, m_proxy);
    }
    QNetworkRequest request = requestFor(url, m_timeout);
    if (validators) {
        if (!validators->etag.isEmpty())
            request.setRawHeader("If-None-Match", validators->etag);
        if (!validators->lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", validators->lastModified);
    }
    QNetworkReply *reply = m_manager->get(request);
    Response response;
    QString problem;
    const auto stop = [&](const QString &why) {
        if (problem.isEmpty())
            problem = why;
        reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::redirected, reply, [&](const QUrl &target) {
        if (redirectAllowed(m_base, target))
            Q_EMIT reply->redirectAllowed();
        else
            stop(QCoreApplication::translate("Sync", "%1: redirected elsewhere; refused").arg(path));
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [&] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > maxBytes)
            stop(feed::tooLarge(path, reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(),
                                maxBytes));
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        response.body += reply->readAll();
        if (response.body.size() > maxBytes)
            stop(feed::tooLarge(path, response.body.size(), maxBytes));
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (reply->isOpen())
        response.body += reply->readAll();
    m_bytesReceived += response.body.size();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.etag = reply->rawHeader("ETag");
    response.lastModified = reply->rawHeader("Last-Modified");
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    QObject::disconnect(reply, nullptr, nullptr, nullptr);
    delete reply; // finished, and this thread may have no event loop for deleteLater()
    if (!problem.isEmpty()) {
        response.problem = problem;
        response.kind = FetchProblem::Server;
    } else if (response.status == 404 || response.status == 304) {
        // handled by read()
    } else if (error != QNetworkReply::NoError || response.status != 200) {
        response.problem =
            QCoreApplication::translate("Sync", "%1 could not be fetched: %2").arg(path, errorText);
        response.kind = error != QNetworkReply::NoError && response.status == 0
                            ? problemKind(error, m_proxy.isSet())
                            : FetchProblem::Server;
    } else if (response.body.size() > maxBytes) {
        response.problem = feed::tooLarge(path, response.body.size(), maxBytes);
        response.kind = FetchProblem::Server;
    }
    return response;
}

void HttpFeedSource::keep(const QString &path, const QUrl &url, const Response &response) const
{
    if (!isKeptPath(path))
        return;
    KeptFile file{url, isShortValidator(response.etag) ? response.etag : QByteArray(),
                  isShortValidator(response.lastModified) ? response.lastModified : QByteArray(),
                  response.body};
    if (file.etag.isEmpty() && file.lastModified.isEmpty()) {
        if (m_kept.remove(path) > 0)
            m_changed.insert(path);
        return;
    }
    if (m_kept.value(path) != file) {
        m_kept.insert(path, file);
        m_changed.insert(path);
    }
}

Result<std::optional<QByteArray>> HttpFeedSource::read(const QString &path, qint64 maxBytes) const
{
    const QUrl url = m_base.resolved(QUrl(path));
    const auto kept = m_kept.constFind(path);
    // Validators go only to the very URL that gave them.
    const KeptFile *validators =
        isKeptPath(path) && kept != m_kept.constEnd() && kept->url == url ? &*kept : nullptr;
    Response response = get(url, path, maxBytes, validators);
    if (response.problem.isEmpty() && response.status == 304) {
        if (validators && !validators->body.isEmpty() && validators->body.size() <= maxBytes) {
            ++m_notModified;
            m_problem = FetchProblem::None;
            return std::optional<QByteArray>(validators->body);
        }
        // Not modified, but Kring holds no copy of it: asked again without validators.
        if (validators)
            response = get(url, path, maxBytes, nullptr);
        if (response.problem.isEmpty() && response.status == 304) {
            response.problem =
                QCoreApplication::translate("Sync", "%1: the server said unchanged, but Kring has no copy")
                    .arg(path);
            response.kind = FetchProblem::Server;
        }
    }
    m_problem = response.kind;
    if (!response.problem.isEmpty())
        return Error{response.problem};
    if (response.status == 404)
        return std::optional<QByteArray>();
    keep(path, url, response);
    return std::optional<QByteArray>(std::move(response.body));
}

} // namespace kring::sync
