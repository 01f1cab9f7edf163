#pragma once

#include "http/ConnectionGuard.h"
#include "http/TlsServer.h"
#include "kernel/ServerConfig.h"
#include "kernel/ServerContext.h"

#include <QSslConfiguration>

#include <memory>

namespace pd::server {

class AuthModule;
class Clock;
class Database;
class DataModule;
class ForwardedFor;
class HttpRouter;
class HttpServer;
class IdempotencyLayer;
class MailSink;
class PageReaders;
class PasswordChecks;
class RateLimiter;
class ReceiptKey;
class RequestsModule;
class ResponseRecorder;

// One event loop's whole server: a database connection of its own, the
// modules and their routes on it, and an HTTP server accepting from its copy
// of the listening socket. Built, used and destroyed on that loop's thread
// (a Qt SQL connection serves the thread that opened it); what the loops
// share comes in Shared and is thread-safe.
class ServerStack
{
public:
    // Owned by ServerApp, outliving every stack.
    struct Shared {
        const Clock *clock = nullptr;
        const ServerConfig *config = nullptr;
        QByteArray secret;
        QString apiBaseUrl;
        MailSink *mail = nullptr;
        PageReaders *pageReaders = nullptr;
        PasswordChecks *passwordChecks = nullptr;
        const ReceiptKey *receiptKey = nullptr;
        // In memory (SQLite): one for every loop. Null on PostgreSQL, where
        // each stack counts in the database through its own connection.
        RateLimiter *rateLimiter = nullptr;
        ResponseRecorder *recorder = nullptr;
        const ForwardedFor *forwardedFor = nullptr;
        QSslConfiguration tls;
        TlsServer::Limits limits;
        ConnectionGuard::Limits connectionLimits;
        std::shared_ptr<TlsServer::Load> load;
    };

    explicit ServerStack(const Shared &shared);
    ~ServerStack();
    ServerStack(const ServerStack &) = delete;
    ServerStack &operator=(const ServerStack &) = delete;

    // Opens the connection, builds the modules and serves the connections
    // of `listeningDescriptor` (this stack's own copy, which it closes).
    // False and *error on failure.
    bool start(qintptr listeningDescriptor, QString *error);

private:
    void registerCoreRoutes();

    const Shared &m_shared;
    // Declared in the order they are built: destroyed the other way round,
    // the connections and modules before the database they use.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<HttpRouter> m_router;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<IdempotencyLayer> m_idempotency;
    std::unique_ptr<AuthModule> m_auth;
    std::unique_ptr<DataModule> m_data;
    std::unique_ptr<RequestsModule> m_requests;
    std::unique_ptr<HttpServer> m_server;
};

} // namespace pd::server
