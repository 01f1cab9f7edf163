#pragma once

#include "ConnectionGuard.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "TlsServer.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QLoggingCategory>

#include <deque>
#include <functional>
#include <memory>

namespace pd::server {

class ForwardedFor;
class HttpRouter;
class IdempotencyLayer;
class RateLimiter;
class ResponseRecorder;

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

// Turns QtHttpServer's requests into HttpRequest values, applies the
// cross-cutting rules (body cap, rate limit, authentication, problem+json for
// every error, security headers) and writes HttpResponse values back,
// streaming file bodies from disk.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Authenticator = std::function<std::optional<AuthContext>(const QByteArray &bearerToken)>;

    struct Dependencies {
        const HttpRouter *router = nullptr;
        Authenticator authenticator;
        RateLimiter *rateLimiter = nullptr;            // optional
        ResponseRecorder *recorder = nullptr;          // optional, tests only
        const IdempotencyLayer *idempotency = nullptr; // optional
        const ForwardedFor *forwardedFor = nullptr;    // optional: trusted proxies
        qint64 maxBodyBytes = 1024 * 1024;
    };

    explicit HttpServer(Dependencies dependencies, QObject *parent = nullptr);

    // Serves over TLS the connections of a listening socket with our own
    // accept loop (TlsServer), each connection watched by a ConnectionGuard
    // (body cap from m_deps.maxBodyBytes). `listeningDescriptor` is this
    // server's own copy (dup) of the socket, closed with it; several
    // servers, one per event loop, accept from copies of one socket, and
    // count toward the caps in one `load`. False on failure.
    bool serveTls(qintptr listeningDescriptor, const QSslConfiguration &tls,
                  TlsServer::Limits limits, ConnectionGuard::Limits connectionLimits,
                  std::shared_ptr<TlsServer::Load> load);

    // Exposed for in-process tests: runs the whole pipeline without a socket
    // (waiting here for an answer that a handler deferred).
    HttpResponse dispatch(HttpRequest &request) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // One request of a connection, answered in the order the requests came.
    struct Exchange {
        HttpRequest request;
        std::optional<HttpResponse> response;
        QFuture<void> work;     // a deferred answer's, cancelled if the client leaves
        bool abandoned = false; // the client left before its answer was ready
    };
    using Exchanges = std::deque<std::shared_ptr<Exchange>>;

    // route() with failures turned into 500s (503 when the database is
    // unreachable); may return a deferred answer.
    HttpResponse start(HttpRequest &request) const;
    static HttpResponse databaseUnavailable(const HttpRequest &request);
    // The deferred answer's last step (on this thread), as start() would.
    HttpResponse finish(const HttpRequest &request,
                        const std::function<HttpResponse()> &last) const;
    // decorate() and the recorder: what every final answer goes through.
    void conclude(const HttpRequest &request, HttpResponse &response) const;
    // Writes the connection's answers that are ready, oldest first, up to
    // the first one still being worked on.
    void writeReady(QTcpSocket *socket, const QHttpServerRequest &serverRequest);
    // Forgets a socket's exchanges when it goes, cancels their work when
    // its client leaves.
    void watch(QTcpSocket *socket);
    HttpResponse route(HttpRequest &request) const;
    // The headers every response carries (request id, HSTS, Date, ...).
    void decorate(const HttpRequest &request, HttpResponse &response) const;
    // A whole HTTP/1.1 response that ends the connection, for refusals made
    // before QtHttpServer has a request.
    QByteArray refusal(Problem problem, const QString &detail, const QByteArray &path) const;
    void write(const HttpRequest &request, HttpResponse response, QTcpSocket *socket,
               QHttpServerResponder &responder) const;

    Dependencies m_deps;
    // Connections with an answer still being worked on, and what they asked
    // for since (pipelined requests), so answers leave in order.
    QHash<QTcpSocket *, Exchanges> m_waiting;
};

} // namespace pd::server
