#include "ServerStack.h"

#include "auth/AuthModule.h"
#include "data/DataModule.h"
#include "db/Database.h"
#include "http/HttpRouter.h"
#include "http/HttpServer.h"
#include "http/IdempotencyLayer.h"
#include "http/RateLimiter.h"
#include "kernel/Discovery.h"
#include "requests/RequestsModule.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <unistd.h>

namespace pd::server {

ServerStack::ServerStack(const Shared &shared)
    : m_shared(shared)
{}

ServerStack::~ServerStack() = default;

bool ServerStack::start(qintptr listeningDescriptor, QString *error)
{
    const ServerConfig &config = *m_shared.config;
    m_db = Database::open(config.databaseLocation(), error, config.databasePassword);
    if (!m_db) {
        ::close(static_cast<int>(listeningDescriptor));
        return false;
    }
    m_context = std::unique_ptr<ServerContext>(new ServerContext{
        *m_db, *m_shared.clock, config, m_shared.apiBaseUrl, m_shared.secret, m_shared.mail,
        m_shared.pageReaders, m_shared.passwordChecks, m_shared.receiptKey});
    m_router = std::make_unique<HttpRouter>();

    HttpServer::Dependencies deps;
    deps.router = m_router.get();
    deps.rateLimiter = m_shared.rateLimiter;
    // On PostgreSQL the buckets are shared by every server process on the
    // database, and by every loop of this one, through the table.
    if (config.rateLimitPerMinute > 0 && !deps.rateLimiter && m_db->isPostgres()) {
        m_rateLimiter =
            std::make_unique<RateLimiter>(*m_shared.clock, config.rateLimitPerMinute, m_db.get());
        deps.rateLimiter = m_rateLimiter.get();
    }
    // POST /requests keeps its own, older idempotency: the record is the
    // request itself, and a replay shows its current state. A refresh has
    // its own 30-second grace instead: a kept answer would hand the rotated
    // pair to a replayed copy of the request for a whole day, past the
    // reuse detection.
    m_idempotency = std::make_unique<IdempotencyLayer>(
        *m_db, *m_shared.clock, m_shared.secret,
        QSet<QString>{QStringLiteral("POST /api/v1/requests"),
                      QStringLiteral("POST /api/v1/auth/refresh")});
    deps.idempotency = m_idempotency.get();
    deps.recorder = m_shared.recorder;
    deps.forwardedFor = m_shared.forwardedFor;

    m_auth = std::make_unique<AuthModule>(*m_context);
    m_data = std::make_unique<DataModule>(*m_context);
    m_requests = std::make_unique<RequestsModule>(*m_context);
    registerCoreRoutes();
    m_auth->registerRoutes(*m_router);
    m_data->registerRoutes(*m_router);
    m_requests->registerRoutes(*m_router);
    deps.authenticator = [auth = m_auth.get()](const QByteArray &token) {
        return auth->authenticate(token);
    };

    m_server = std::make_unique<HttpServer>(std::move(deps));
    if (!m_server->serveTls(listeningDescriptor, m_shared.tls, m_shared.limits,
                            m_shared.connectionLimits, m_shared.load)) {
        ::close(static_cast<int>(listeningDescriptor));
        *error = QStringLiteral("cannot accept connections on the listening socket");
        return false;
    }
    return true;
}

void ServerStack::registerCoreRoutes()
{
    m_router->add(
        "GET", QStringLiteral("/.well-known/privacy-dashboard"), Access::Public,
        [this](const HttpRequest &) {
            QJsonArray regions;
            QSqlQuery query = m_db->run(QStringLiteral(
                "SELECT id, name, country FROM storage_regions ORDER BY is_primary DESC, id"));
            while (query.next()) {
                regions.append(QJsonObject{{QStringLiteral("id"), query.value(0).toString()},
                                           {QStringLiteral("name"), query.value(1).toString()},
                                           {QStringLiteral("country"), query.value(2).toString()}});
            }
            HttpResponse response = HttpResponse::json(Discovery::document(*m_context, regions));
            response.setHeader("cache-control", "public, max-age=300");
            return response;
        });
}

} // namespace pd::server
