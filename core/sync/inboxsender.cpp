// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxsender.h"

#include "trust/crypto.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace kring::sync {
namespace {

QNetworkRequest putRequest(const QUrl &url, int timeout)
{
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", "Kring");
    request.setRawHeader("Accept-Language", "*");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // A PUT is not repeated to another address.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeout);
    return request;
}

InboxReply replyFor(int status, QNetworkReply::NetworkError error, const QString &errorText)
{
    using Outcome = InboxReply::Outcome;
    if (error == QNetworkReply::NoError && status >= 200 && status < 300)
        return {Outcome::Delivered, {}};
    if (status == 413)
        return {Outcome::Refused,
                QCoreApplication::translate("Sync", "the network's inbox refused it as too large")};
    if (status == 429 || status >= 500 || status == 0)
        return {
            Outcome::TryLater,
            status == 0
                ? QCoreApplication::translate("Sync", "the network could not be reached (%1)").arg(errorText)
                : QCoreApplication::translate("Sync", "the network's inbox is busy (%1)").arg(status)};
    return {Outcome::Refused,
            QCoreApplication::translate("Sync", "the network's inbox refused it (%1)").arg(status)};
}

} // namespace

QUrl inboxUrl(const QUrl &feedUrl)
{
    QUrl url = feedUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url.resolved(QUrl(QStringLiteral("../inbox/")));
}

InboxSender::InboxSender(QUrl inboxUrl, int timeoutMilliseconds)
    : m_inbox(std::move(inboxUrl))
    , m_timeout(timeoutMilliseconds)
{}

InboxSender::~InboxSender() = default;

InboxReply InboxSender::put(const QByteArray &envelope) const
{
    if (!m_manager) {
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_manager->setCookieJar(nullptr);
        useProxy(*m_manager, m_proxy);
    }
    // A random name: nothing in it links two announcements or a phone.
    const QString name = QString::fromLatin1(trust::randomBytes(16).toHex()) + QStringLiteral(".json");
    QNetworkReply *reply = m_manager->put(putRequest(m_inbox.resolved(QUrl(name)), m_timeout), envelope);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const InboxReply result = replyFor(status, reply->error(), reply->errorString());
    QObject::disconnect(reply, nullptr, nullptr, nullptr);
    delete reply; // finished, and this thread may have no event loop for deleteLater()
    return result;
}

} // namespace kring::sync
