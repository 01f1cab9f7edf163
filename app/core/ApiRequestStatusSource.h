#pragma once

#include "outbox/RequestStatusSource.h"

#include <QObject>
#include <QPointer>

namespace pd {

class ApiClient;

// RequestStatusSource over the shared ApiClient: GET /requests/{id}.
class ApiRequestStatusSource : public QObject, public RequestStatusSource
{
    Q_OBJECT

public:
    explicit ApiRequestStatusSource(ApiClient *client, QObject *parent = nullptr);

    void fetch(const QString &requestId, Callback done) override;

private:
    QPointer<ApiClient> m_client;
};

} // namespace pd
