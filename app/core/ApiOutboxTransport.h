#pragma once

#include "outbox/OutboxTransport.h"

#include <QObject>
#include <QPointer>

namespace pd {

class ApiClient;
class ApiError;
struct ApiResult;

// OutboxTransport over the shared ApiClient: POST /requests with the item's
// Idempotency-Key (POST /requests/{id}/cancel for a cancellation), so the request goes through the
// profile's TLS policy (pin included), the token refresh and the central retry policy.
class ApiOutboxTransport : public QObject, public OutboxTransport
{
    Q_OBJECT

public:
    explicit ApiOutboxTransport(ApiClient *client, QObject *parent = nullptr);

    void send(const OutboxItem &item, Callback done) override;

    // How an answer to POST /requests ends the attempt.
    static OutboxSendResult classify(const ApiResult &result);
    // How an answer to POST /requests/{id}/cancel (or to the GET that checks
    // a 409) ends the attempt.
    static OutboxSendResult classifyCancellation(const ApiResult &result);

private:
    void sendCancellation(const OutboxItem &item, Callback done);
    static OutboxSendResult classifyError(const ApiError &error);

    QPointer<ApiClient> m_client;
};

} // namespace pd
