// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfeedsource.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace kring::sync {
namespace {

constexpr int maxRedirects = 3;

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

Result<std::optional<QByteArray>> HttpFeedSource::read(const QString &path, qint64 maxBytes) const
{
    if (!m_manager) {
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_manager->setCookieJar(nullptr);
    }
    const QUrl url = m_base.resolved(QUrl(path));
    QNetworkReply *reply = m_manager->get(requestFor(url, m_timeout));
    QByteArray body;
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
        body += reply->readAll();
        if (body.size() > maxBytes)
            stop(feed::tooLarge(path, body.size(), maxBytes));
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (reply->isOpen())
        body += reply->readAll();
    m_bytesReceived += body.size();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    QObject::disconnect(reply, nullptr, nullptr, nullptr);
    delete reply; // finished, and this thread may have no event loop for deleteLater()
    if (!problem.isEmpty())
        return Error{problem};
    if (status == 404)
        return std::optional<QByteArray>();
    if (error != QNetworkReply::NoError || status != 200)
        return Error{QCoreApplication::translate("Sync", "%1 could not be fetched: %2").arg(path, errorText)};
    if (body.size() > maxBytes)
        return Error{feed::tooLarge(path, body.size(), maxBytes)};
    return std::optional<QByteArray>(std::move(body));
}

} // namespace kring::sync
