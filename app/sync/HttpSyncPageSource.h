#pragma once

#include "common/JsonGuard.h"
#include "net/SystemTimerSource.h"
#include "net/TlsPolicy.h"
#include "sync/SyncPageSource.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

namespace pd {

class HttpExchange;

// Fetches list pages over HTTPS with its own QNetworkAccessManager and
// clock (so it can live on the sync thread), through the same transport as
// every other request of the app (HttpExchange under the profile's
// TlsPolicy, public-key pin included). `accessToken` is called on that
// thread for every request and must be thread-safe.
class HttpSyncPageSource : public SyncPageSource
{
public:
    // `ssl` is `policy`'s configuration (computed once by the caller).
    HttpSyncPageSource(TlsPolicy policy, QSslConfiguration ssl,
                       std::function<QString()> accessToken);
    ~HttpSyncPageSource() override;

    void fetch(const SyncPageRequest &request, Callback done) override;
    void abort() override;

    static QUrl pageUrl(const QUrl &origin, const SyncPageRequest &request);
    // Largest page body accepted (JsonGuard's cap by default); a larger one
    // fails with ApiError::Kind::TooLarge, the transfer stopped at the cap.
    void setMaxPageBytes(qint64 bytes) { m_maxPageBytes = bytes; }

private:
    TlsPolicy m_policy;
    QUrl m_origin;
    QSslConfiguration m_ssl;
    std::function<QString()> m_accessToken;
    QNetworkAccessManager m_network;
    SystemTimerSource m_timers;
    QPointer<HttpExchange> m_exchange;
    qint64 m_maxPageBytes = JsonGuard::kDefaultMaxBytes;
};

} // namespace pd
