#pragma once

#include "outbox/OutboxTransport.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace pd {

// OutboxTransport over HTTPS with a plain QNetworkAccessManager: POST
// /api/v1/requests with the item's Idempotency-Key. A stopgap until the
// shared ApiClient is injected behind the same interface. `accessToken` is
// asked for every attempt, so a refreshed token is used on the next one.
class HttpOutboxTransport : public QObject, public OutboxTransport
{
    Q_OBJECT

public:
    HttpOutboxTransport(QNetworkAccessManager *network, QUrl origin, QSslConfiguration ssl,
                        std::function<QString()> accessToken, QObject *parent = nullptr);

    void send(const OutboxItem &item, Callback done) override;

private:
    QPointer<QNetworkAccessManager> m_network;
    QUrl m_origin;
    QSslConfiguration m_ssl;
    std::function<QString()> m_accessToken;
};

} // namespace pd
