#pragma once

#include "common/ApiError.h"
#include "common/JsonGuard.h"
#include "net/TlsPolicy.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace pd {

class OneShotTimer;
class TimerSource;

// One HTTP request and its one QNetworkReply, with every rule the app applies
// to what it sends in this one place, so no caller can forget one: the
// request built by SecureRequest (HTTP/2 off), an X-Request-ID, redirects
// never followed or only within the TlsPolicy profile's origin, the key pin
// checked at handshake and again on the chain the reply reports, TLS errors
// collected and never ignored, an inactivity timeout, a size cap on a
// collected body, bodies never compressed (Accept-Encoding: identity; a
// coded 2xx body is refused), and one mapping of how it ended to an
// ApiError.
//
// Works on any thread with an event loop (the sync's worker has its own
// network manager): the timeout is a TimerSource timer, created in the
// thread that creates the exchange. Emits finished() once, unless discarded.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    enum class Redirects { Never, SameOrigin };
    // Collect: the body is read into a capped buffer (body()). Stream: the
    // caller reads a 2xx body from reply() on readyRead(); an error body is
    // still collected (capped, the rest discarded) for the problem details.
    enum class Body { Collect, Stream };

    // How to send: where, under which rules.
    struct Options {
        QNetworkAccessManager *network = nullptr; // not owned
        TimerSource *timers = nullptr;            // not owned
        QSslConfiguration ssl;
        // Pins (before and after), the URL rule (https, or loopback http in
        // developer mode) and the origin SameOrigin redirects may go to.
        // Without one: https only, no pin, no redirects.
        std::optional<TlsPolicy> tls;
        Redirects redirects = Redirects::Never;
        // Longest time without bytes moving either way.
        std::chrono::milliseconds timeout{30000};
        Body body = Body::Collect;
        JsonGuard::Limits cap;
        // What Qt buffers before the body is read out of it.
        qint64 readBufferSize = 256 * 1024;
    };

    // What to send.
    struct Request {
        QByteArray method = "GET";
        QUrl url;
        QByteArray accept = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray bearerToken; // sent as `Authorization: Bearer` when not empty
        std::optional<QByteArray> body;
        QByteArray contentType;
        QString requestId; // X-Request-ID; a new UUID when empty
    };

    HttpExchange(Options options, Request request, QObject *parent = nullptr);
    // Stops the transfer quietly.
    ~HttpExchange() override;

    // Sends the request. A URL the rules refuse is not sent: finished()
    // follows on the next event-loop turn with a Tls error.
    void start();
    // Stops the transfer; finished() follows with `reason` (the first
    // reason given wins), unless it has already been emitted.
    void abort(const ApiError &reason);
    // Stops the transfer without finished() and deletes the exchange later.
    void discard();

    QString requestId() const { return m_request.requestId; }
    const Request &request() const { return m_request; }
    // The reply (headers, TLS session, a streamed body); null before start()
    // or when the URL was refused. Owned by the exchange.
    QNetworkReply *reply() const;
    int httpStatus() const;
    // The collected body (Collect; in Stream, an error answer's body).
    const QByteArray &body() const { return m_guard.body(); }
    const JsonGuard &collected() const { return m_guard; }
    bool isFinished() const { return m_finished; }
    // After finished(): why the exchange failed; nullopt for a 2xx answer
    // received in full.
    const std::optional<ApiError> &error() const { return m_error; }

Q_SIGNALS:
    void metaDataChanged();
    // Stream only: 2xx body bytes are ready on reply(); emitted once more
    // at the end for bytes that came with the end of the transfer.
    void readyRead();
    void progress(qint64 bytesReceived, qint64 bytesTotal);
    void finished();

private:
    std::optional<ApiError> refusal() const;
    QNetworkRequest build() const;
    QNetworkReply *send(const QNetworkRequest &request);
    void watch(QNetworkReply *reply);
    void armTimeout();
    void onRedirected(const QUrl &target);
    void onMetaDataChanged();
    // A 2xx answer with a Content-Encoding (the request asked for identity).
    std::optional<ApiError> unrequestedEncoding() const;
    void onReadyRead();
    void onFinished();
    bool streaming() const;
    std::optional<ApiError> errorOf(QNetworkReply &reply) const;
    void finish();

    Options m_options;
    Request m_request;
    JsonGuard m_guard;
    std::unique_ptr<OneShotTimer> m_timer;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
    std::optional<ApiError> m_error;
    bool m_finished = false;
};

} // namespace pd
