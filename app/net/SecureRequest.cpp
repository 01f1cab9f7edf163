#include "net/SecureRequest.h"

namespace pd {

QNetworkRequest SecureRequest::create(const QUrl &url, const QSslConfiguration &ssl,
                                      Redirects redirects,
                                      std::chrono::milliseconds transferTimeout)
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
    if (transferTimeout.count() > 0)
        request.setTransferTimeout(int(transferTimeout.count()));
    return request;
}

} // namespace pd
