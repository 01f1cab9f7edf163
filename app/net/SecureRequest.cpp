#include "net/SecureRequest.h"

namespace pd {

QNetworkRequest SecureRequest::create(const QUrl &url, const QSslConfiguration &ssl,
                                      Redirects redirects)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(ssl);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    switch (redirects) {
    case Redirects::Never:
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        break;
    case Redirects::CallerVerifies:
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::UserVerifiedRedirectPolicy);
        request.setMaximumRedirectsAllowed(kMaxRedirects);
        break;
    }
    return request;
}

} // namespace pd
