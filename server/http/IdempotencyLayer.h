#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include "kernel/SecretBox.h"

#include <QSet>
#include <QString>

#include <functional>

namespace pd::server {

class Clock;
class Database;

// Honours Idempotency-Key on every state-changing request (POST, PUT, PATCH,
// DELETE): the first request with a key runs and its successful answer is
// kept for 24 h; a repeat with the same key and the same method, path and
// body gets that answer again (Idempotent-Replayed: true) without running
// the handler; the same key with another request is refused (sign-in
// answers are kept 10 minutes only). Clients retry
// after a dropped connection without knowing whether the first try applied,
// and Qt itself re-sends a POST when a kept-alive connection closes.
//
// Keys are scoped to the account, or on public routes (sign-in) to the
// client's address, and stored only as keyed hashes; kept answers are
// encrypted because some of them carry tokens. Only 2xx answers are kept: an
// error leaves the key free, so a request refused for want of
// re-authentication can be retried with the same key once the user confirmed.
class IdempotencyLayer
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    // `ownRoutes` ("POST /api/v1/requests") implement idempotency themselves.
    IdempotencyLayer(const Database &db, const Clock &clock, const QByteArray &serverSecret,
                     const QSet<QString> &ownRoutes);

    bool appliesTo(const HttpRequest &request) const;
    // Runs `handler` at most once per key (request.route must be set).
    HttpResponse run(const HttpRequest &request, const Handler &handler) const;

    static constexpr qint64 kRetentionMs = 24LL * 3600 * 1000;
    // Answers to sign-in routes hold fresh tokens: kept only as long as a
    // retry after a lost answer takes.
    static constexpr qint64 kPublicRetentionMs = 10LL * 60 * 1000;
    // A request still running after this is taken for crashed and its key
    // freed again.
    static constexpr qint64 kPendingMs = 60LL * 1000;

private:
    struct Stored {
        QString requestHash;
        int status = 0;
        QByteArray contentType;
        QByteArray location;
        QByteArray sealedBody;
    };

    bool reserve(const QString &scope, const QString &keyHash, const QString &requestHash,
                 qint64 now) const;
    std::optional<Stored> find(const QString &scope, const QString &keyHash) const;
    HttpResponse replay(const Stored &stored, const QString &requestHash) const;
    void keep(const QString &scope, const QString &keyHash, const HttpResponse &response,
              qint64 expiresAt) const;
    void release(const QString &scope, const QString &keyHash) const;
    // Keeps a successful answer under the key, or frees the key.
    void conclude(const QString &scope, const QString &keyHash, const HttpResponse &response,
                  qint64 expiresAt) const;
    void prune(qint64 now) const;
    QString scopeOf(const HttpRequest &request) const;
    QString requestHashOf(const HttpRequest &request) const;

    const Database &m_db;
    const Clock &m_clock;
    SecretBox m_box;
    QSet<QString> m_ownRoutes;
    mutable qint64 m_nextPruneAt = 0;
};

} // namespace pd::server
