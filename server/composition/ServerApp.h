#pragma once

#include "kernel/ServerConfig.h"
#include "kernel/ServerContext.h"

#include <QObject>

#include <memory>

namespace pd::server {

class AuthModule;
class Database;
class DataModule;
class ForwardedFor;
class HttpRouter;
class HttpServer;
class IdempotencyLayer;
class PageReaders;
class RateLimiter;
class RequestsModule;
class ResponseRecorder;
class SystemClock;

// The composition root of the reference backend: builds the database, the
// clock, every module and the HTTP server, and wires them together.
class ServerApp : public QObject
{
    Q_OBJECT
public:
    explicit ServerApp(ServerConfig config, QObject *parent = nullptr);
    ~ServerApp() override;

    // Opens and migrates the database, seeds, sets up TLS and listens.
    // Prints the documented start-up lines to `out`. False and *error on failure.
    bool start(QTextStream &out, QString *error);

private:
    void registerCoreRoutes();

    ServerConfig m_config;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PageReaders> m_pageReaders;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<HttpRouter> m_router;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<ResponseRecorder> m_recorder;
    std::unique_ptr<MailSink> m_mail;
    std::unique_ptr<IdempotencyLayer> m_idempotency;
    std::unique_ptr<ForwardedFor> m_forwardedFor;
    AuthModule *m_auth = nullptr;
    DataModule *m_data = nullptr;
    RequestsModule *m_requests = nullptr;
    HttpServer *m_server = nullptr;
};

} // namespace pd::server
