#pragma once

#include "kernel/ServerContext.h"

#include <QObject>

#include <memory>

namespace pd::server {

class ArchiveRoutes;
class HttpRouter;
class RequestCompleter;
class RequestProcessor;
class RequestRoutes;
class RequestStore;

// Rights requests: submission with idempotency, the status schedule,
// export archives, deletion, unsubscribe; see docs/api/conventions.md.
class RequestsModule : public QObject
{
    Q_OBJECT
public:
    RequestsModule(const ServerContext &context, QObject *parent = nullptr);
    ~RequestsModule() override;
    void registerRoutes(HttpRouter &router);
    // Starts the timer that moves requests through their statuses (and the
    // export worker). One module of the process does: the others, one per
    // event loop, only answer routes.
    void start();

private:
    std::unique_ptr<RequestStore> m_store;
    std::unique_ptr<RequestCompleter> m_completer;
    std::unique_ptr<RequestRoutes> m_routes;
    std::unique_ptr<ArchiveRoutes> m_archives;
    const ServerContext &m_context;
    RequestProcessor *m_processor = nullptr; // child, made by start()
};

} // namespace pd::server
