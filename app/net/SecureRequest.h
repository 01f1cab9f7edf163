#pragma once

#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

namespace pd {

// Builds every QNetworkRequest the app sends (through HttpExchange), so that
// no path can forget a security-relevant attribute:
// - HTTP/2 is off. Qt 6.4.2 (Debian 12) writes an HTTP/2 request before the
//   reply's encrypted() handlers run (CVE-2024-39936), i.e. before
//   TlsPolicy::attachPinCheck can stop it, and its HPACK decoder has
//   CVE-2023-51714. Over HTTP/1.1 the pin check runs before the first byte.
// - Redirects are either never followed or only after the caller approved
//   the target (UserVerifiedRedirectPolicy: the caller must handle
//   QNetworkReply::redirected and check the origin).
class SecureRequest
{
public:
    enum class Redirects { Never, CallerVerifies };
    static constexpr int kMaxRedirects = 5;

    // No transfer timeout: HttpExchange runs its own inactivity timer.
    static QNetworkRequest create(const QUrl &url, const QSslConfiguration &ssl,
                                  Redirects redirects);
};

} // namespace pd
