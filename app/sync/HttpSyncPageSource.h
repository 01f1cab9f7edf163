#pragma once

#include "sync/SyncPageSource.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace pd {

// Fetches list pages over HTTPS with its own QNetworkAccessManager (so it can
// live on the sync thread). `accessToken` is called on that thread for every
// request and must be thread-safe.
class HttpSyncPageSource : public SyncPageSource
{
public:
    HttpSyncPageSource(QUrl origin, QSslConfiguration ssl, std::function<QString()> accessToken);
    ~HttpSyncPageSource() override;

    void fetch(const SyncPageRequest &request, Callback done) override;
    void abort() override;

    static QUrl pageUrl(const QUrl &origin, const SyncPageRequest &request);

private:
    QUrl m_origin;
    QSslConfiguration m_ssl;
    std::function<QString()> m_accessToken;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
};

} // namespace pd
