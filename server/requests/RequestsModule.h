#pragma once

#include "core/ServerContext.h"

#include <QObject>

namespace pd {

class HttpRouter;

// Rights requests: submission with idempotency, the status schedule,
// export archives, deletion, unsubscribe; see docs/api/conventions.md.
class RequestsModule : public QObject
{
    Q_OBJECT
public:
    RequestsModule(const ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(HttpRouter &router);
    // Starts the timer that moves requests through their statuses.
    void start();

private:
    const ServerContext &m_context;
};

} // namespace pd
