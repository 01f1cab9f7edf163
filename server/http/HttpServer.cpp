#include "HttpServer.h"

#include "FileStreamer.h"
#include "ForwardedFor.h"
#include "HttpRouter.h"
#include "IdempotencyLayer.h"
#include "RateLimiter.h"
#include "ResponseRecorder.h"
#include "db/Database.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLocale>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUuid>

#include <exception>

namespace pd::server {

Q_LOGGING_CATEGORY(lcHttp, "pd.server.http", QtInfoMsg)

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

// QSslSocket::flush() hides QAbstractSocket::flush() rather than overriding
// it, and the latter does nothing on a QSslSocket (its descriptor belongs to
// an inner socket).
void flush(QTcpSocket *socket)
{
    if (auto *tls = qobject_cast<QSslSocket *>(socket))
        tls->flush();
    else
        socket->flush();
}

bool isValidRequestId(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (char c : id) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

} // namespace

HttpServer::HttpServer(Dependencies dependencies, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_deps(std::move(dependencies))
{}

bool HttpServer::serveTls(qintptr listeningDescriptor, const QSslConfiguration &tls,
                          TlsServer::Limits limits, ConnectionGuard::Limits connectionLimits,
                          std::shared_ptr<TlsServer::Load> load)
{
    connectionLimits.maxBodyBytes = m_deps.maxBodyBytes;
    auto guard = [this, connectionLimits](QSslSocket *socket) {
        ConnectionGuard::attach(
            socket, connectionLimits,
            [this](Problem problem, const QString &detail, const QByteArray &path) {
                return refusal(problem, detail, path);
            });
    };
    auto *server = new TlsServer(tls, limits, guard, std::move(load), this);
    if (!server->setSocketDescriptor(listeningDescriptor)) {
        qCWarning(lcHttp) << "cannot accept connections:" << server->errorString();
        delete server;
        return false;
    }
    bind(server);
    return true;
}

bool HttpServer::handleRequest(const QHttpServerRequest &serverRequest, QTcpSocket *socket)
{
    HttpRequest request;
    request.method = methodName(serverRequest.method());
    request.path = serverRequest.url().path(QUrl::FullyDecoded);
    request.query = serverRequest.query();
    for (const auto &[name, value] : serverRequest.headers())
        request.headers.append({name.toLower(), value});
    request.body = serverRequest.body();
    request.remoteAddress = serverRequest.remoteAddress();
    if (m_deps.forwardedFor)
        request.remoteAddress =
            m_deps.forwardedFor->clientAddress(request.remoteAddress, request.headers);

    HttpResponse response = start(request);
    const auto waiting = m_waiting.find(socket);
    if (!response.deferred() && waiting == m_waiting.end()) {
        // The usual case: answered at once, nothing before it outstanding.
        conclude(request, response);
        QHttpServerResponder responder = makeResponder(serverRequest, socket);
        write(request, std::move(response), socket, responder);
        return true;
    }

    auto exchange = std::make_shared<Exchange>();
    exchange->request = std::move(request);
    if (waiting == m_waiting.end()) {
        m_waiting.insert(socket, Exchanges{exchange});
        watch(socket);
    } else {
        waiting->push_back(exchange);
    }
    if (!response.deferred()) {
        conclude(exchange->request, response);
        exchange->response = std::move(response);
        return true;
    }
    // Not the Deferred itself: it holds the future, whose continuation this
    // becomes.
    std::function<HttpResponse()> last = response.deferred()->finish;
    const QPointer<QTcpSocket> guarded(socket);
    const QHttpServerRequest *serverRequestPointer = &serverRequest;
    // Taking the future as its argument, the continuation runs even when the
    // work failed, so the connection is answered (500) either way.
    exchange->work = response.deferred()->work;
    response.deferred()->work.then(this, [this, exchange, last = std::move(last), guarded,
                                          serverRequestPointer](const QFuture<void> &) {
        // Not work.isCanceled(): a future that holds an exception (a page
        // read whose database went away) counts as cancelled too, and its
        // client would wait for an answer for ever.
        if (!guarded || exchange->abandoned)
            return;
        HttpResponse answer = finish(exchange->request, last);
        conclude(exchange->request, answer);
        exchange->response = std::move(answer);
        writeReady(guarded, *serverRequestPointer);
    });
    return true;
}

void HttpServer::watch(QTcpSocket *socket)
{
    // Once per socket, however many answers it waits for in its life.
    static const char kWatched[] = "pdWaitWatched";
    if (socket->property(kWatched).toBool())
        return;
    socket->setProperty(kWatched, true);
    // Qt deletes the request object with the socket, and the socket when
    // the client leaves: then there is no one left to answer.
    connect(socket, &QObject::destroyed, this, [this, socket] { m_waiting.remove(socket); });
    // A client that left needs no answer: its work not begun yet is
    // cancelled (after a burst of sign-ins, queued password checks of
    // closed connections would otherwise hold up the next ones).
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        const auto waiting = m_waiting.find(socket);
        if (waiting == m_waiting.end())
            return;
        for (const std::shared_ptr<Exchange> &exchange : *waiting) {
            exchange->abandoned = true;
            exchange->work.cancel();
        }
    });
}

void HttpServer::writeReady(QTcpSocket *socket, const QHttpServerRequest &serverRequest)
{
    const auto waiting = m_waiting.find(socket);
    if (waiting == m_waiting.end())
        return;
    Exchanges &queue = *waiting;
    while (!queue.empty() && queue.front()->response) {
        const std::shared_ptr<Exchange> next = queue.front();
        queue.pop_front();
        if (socket->state() != QAbstractSocket::ConnectedState)
            continue;
        QHttpServerResponder responder = makeResponder(serverRequest, socket);
        write(next->request, std::move(*next->response), socket, responder);
    }
    if (queue.empty())
        m_waiting.erase(waiting);
}

void HttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers every request itself, so this is never reached.
}

HttpResponse HttpServer::dispatch(HttpRequest &request) const
{
    HttpResponse response = start(request);
    if (const auto deferred = response.deferred()) {
        deferred->work.waitForFinished();
        response = finish(request, deferred->finish);
    }
    conclude(request, response);
    return response;
}

HttpResponse HttpServer::start(HttpRequest &request) const
{
    try {
        return route(request);
    } catch (const DatabaseUnavailable &) {
        return databaseUnavailable(request);
    } catch (const std::exception &error) {
        qCWarning(lcHttp) << "handler failed:" << request.method << request.route << error.what();
        return HttpResponse::problem(Problem::InternalError);
    }
}

HttpResponse HttpServer::finish(const HttpRequest &request,
                                const std::function<HttpResponse()> &last) const
{
    try {
        HttpResponse response = last();
        // One step of deferral only: a handler's last step answers.
        if (!response.deferred())
            return response;
        qCWarning(lcHttp) << "handler deferred twice:" << request.method << request.route;
    } catch (const DatabaseUnavailable &) {
        return databaseUnavailable(request);
    } catch (const std::exception &error) {
        qCWarning(lcHttp) << "handler failed:" << request.method << request.route << error.what();
    }
    return HttpResponse::problem(Problem::InternalError);
}

HttpResponse HttpServer::databaseUnavailable(const HttpRequest &request)
{
    // A restart of the database takes seconds; the connection is reopened
    // on the next statement. The client retries (a write with the same
    // Idempotency-Key, so one that went through is not applied twice).
    qCWarning(lcHttp) << "database unavailable:" << request.method << request.route;
    return HttpResponse::retryLater(Problem::Unavailable, 1,
                                    QStringLiteral("The database is briefly unavailable; retry "
                                                   "shortly."));
}

void HttpServer::conclude(const HttpRequest &request, HttpResponse &response) const
{
    decorate(request, response);
    if (m_deps.recorder && !request.route.isEmpty())
        m_deps.recorder->record(request, response);
}

QByteArray HttpServer::refusal(Problem problem, const QString &detail, const QByteArray &path) const
{
    HttpRequest request;
    request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(path));
    HttpResponse response = HttpResponse::problem(problem, detail);
    decorate(request, response);
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status()) + ' ' +
                       problemInfo(problem).title + "\r\n";
    for (const auto &[name, value] : response.headers())
        bytes += name + ": " + value + "\r\n";
    bytes += "content-length: " + QByteArray::number(response.body().size()) +
             "\r\nconnection: close\r\n\r\n" + response.body();
    return bytes;
}

void HttpServer::decorate(const HttpRequest &request, HttpResponse &response) const
{
    response.setProblemInstance(request.path);

    QByteArray requestId = request.header("x-request-id");
    if (!isValidRequestId(requestId))
        requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    response.setHeader("x-request-id", requestId);
    response.setHeader("strict-transport-security", "max-age=31536000");
    response.setHeader("x-content-type-options", "nosniff");
    // RFC 9110 asks for Date from servers with a clock; clients use it to
    // spot clock skew, which breaks TOTP and token expiry.
    response.setHeader("date", QLocale::c()
                                   .toString(QDateTime::currentDateTimeUtc(),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                   .toLatin1());
    if (response.header("cache-control").isEmpty())
        response.setHeader("cache-control", "no-store");
}

HttpResponse HttpServer::route(HttpRequest &request) const
{
    if (m_deps.rateLimiter) {
        const int retryAfter = m_deps.rateLimiter->acquire(request.remoteAddress.toString());
        if (retryAfter > 0)
            return HttpResponse::retryLater(Problem::RateLimited, retryAfter);
    }
    if (request.body.size() > m_deps.maxBodyBytes)
        return HttpResponse::problem(Problem::PayloadTooLarge);

    const HttpRouter::Match match = m_deps.router->match(request.method, request.path);
    if (match.kind == HttpRouter::Match::Kind::NotFound)
        return HttpResponse::problem(Problem::NotFound);
    request.route = match.route;
    if (match.kind == HttpRouter::Match::Kind::MethodNotAllowed) {
        HttpResponse response = HttpResponse::problem(Problem::MethodNotAllowed);
        response.setHeader("allow", match.allowedMethods.join(", "));
        return response;
    }
    request.params = match.params;

    if (match.access == Access::Authenticated) {
        const QByteArray authorization = request.header("authorization");
        const QByteArray prefix = "Bearer ";
        std::optional<AuthContext> context;
        if (authorization.startsWith(prefix) && m_deps.authenticator)
            context = m_deps.authenticator(authorization.mid(prefix.size()).trimmed());
        if (!context) {
            HttpResponse response = HttpResponse::problem(Problem::Unauthenticated);
            response.setHeader("www-authenticate", "Bearer");
            return response;
        }
        request.auth = context;
    }
    if (m_deps.idempotency && m_deps.idempotency->appliesTo(request))
        return m_deps.idempotency->run(request, *match.handler);
    return (*match.handler)(request);
}

void HttpServer::write(const HttpRequest &request, HttpResponse response, QTcpSocket *socket,
                       QHttpServerResponder &responder) const
{
    using Status = QHttpServerResponder::StatusCode;
    responder.writeStatusLine(static_cast<Status>(response.status()));
    for (const auto &[name, value] : response.headers())
        responder.writeHeader(name, value);
    const bool bodyless =
        request.method == "HEAD" || response.status() == 204 || response.status() == 304;
    if (response.status() != 204 && response.status() != 304)
        responder.writeHeader("content-length", QByteArray::number(response.contentLength()));
    if (bodyless) {
        responder.writeBody(QByteArray());
        flush(socket);
        return;
    }
    if (const auto &slice = response.fileSlice()) {
        responder.writeBody(QByteArray());
        FileStreamer::start(socket, slice->path, slice->offset, slice->length);
        return;
    }
    responder.writeBody(response.body());
    // QSslSocket only queues the bytes and encrypts them on a later turn of
    // the event loop, after every other request that has arrived meanwhile:
    // under load each answer waited for its whole batch (100 sign-ins'
    // worth of PBKDF2 before the first answer left). Send it now.
    flush(socket);
}

} // namespace pd::server
