#pragma once

#include "outbox/RequestStatusSource.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkAccessManager;

namespace pd {

// RequestStatusSource over HTTPS (GET /api/v1/requests/{id}) with a plain
// QNetworkAccessManager, like HttpOutboxTransport.
class HttpRequestStatusSource : public QObject, public RequestStatusSource
{
    Q_OBJECT

public:
    HttpRequestStatusSource(QNetworkAccessManager *network, QUrl origin, QSslConfiguration ssl,
                            std::function<QString()> accessToken, QObject *parent = nullptr);

    void fetch(const QString &requestId, Callback done) override;

private:
    QPointer<QNetworkAccessManager> m_network;
    QUrl m_origin;
    QSslConfiguration m_ssl;
    std::function<QString()> m_accessToken;
};

} // namespace pd
