// SPDX-License-Identifier: GPL-3.0-or-later
// The network news: the team's input file (kring-publisher sign-news), a news.json checked against a fixed
// root, and a link as a news item may carry it.
#include "fuzzsupport.h"
#include "trust/news.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kring;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto items = trust::parseNewsInput(bytes, QStringLiteral("fuzz"));
    if (items.ok()) {
        trust::News news;
        news.version = 1;
        news.issued = QDateTime::fromSecsSinceEpoch(1796160678, QTimeZone::utc());
        news.items = items.value();
        (void)trust::newsProblem(news);
        (void)trust::newsPayload(news);
        (void)trust::visibleNews(news, {QStringLiteral("NL")}, QDate(2026, 12, 1));
    }
    (void)trust::verifyNews(bytes, fuzz::fixedRoot(), QStringLiteral("fuzz"));
    const QString text = QString::fromUtf8(bytes);
    if (trust::newsLinkProblem(text).isEmpty())
        (void)trust::newsLinkHost(text);
    return 0;
}
