// SPDX-License-Identifier: GPL-3.0-or-later
// Share links, request codes and certificate codes as typed, scanned or pasted text.
#include "feed/feedverifier.h"
#include "fuzzsupport.h"
#include "trust/announcement.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kring;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto envelope = trust::envelopeFromLink(text);
    if (envelope.ok())
        (void)trust::verifyAnnouncement(envelope.value(), fuzz::fixedRoot(), {}, fuzz::fixedNow(),
                                        QStringLiteral("f"));
    // As the app checks a link: host against the root's link host, withdrawal and sequence rules.
    static const trust::RootMetadata withHost = [] {
        trust::RootMetadata root = fuzz::fixedRoot();
        root.linkHost = QStringLiteral("kring.example.org");
        return root;
    }();
    const feed::LinkCheck check = feed::checkLink(text, withHost, {}, {}, fuzz::fixedNow());
    (void)feed::linkProblemText(check.problem);
    (void)trust::parseRequestCode(text);
    const auto certificate = trust::envelopeFromCertificateCode(text);
    if (certificate.ok())
        (void)trust::verifyCertificate(certificate.value(), fuzz::fixedRoot(), QStringLiteral("f"));
    return 0;
}
