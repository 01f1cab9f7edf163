#include "IdempotencyLayer.h"

#include "db/Database.h"
#include "kernel/Clock.h"
#include "kernel/Lifetime.h"
#include "requests/FieldFormats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace pd::server {

namespace {

constexpr qint64 kPruneEveryMs = 10LL * 60 * 1000;

bool isStateChanging(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

bool hasHeader(const HttpRequest &request, const QByteArray &name)
{
    for (const auto &header : request.headers) {
        if (header.first == name)
            return true;
    }
    return false;
}

// A JSON object hashes in its compact, key-sorted form, so whitespace or key
// order of a re-serialised retry does not make it "another request".
QByteArray canonicalBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && document.isObject())
        return document.toJson(QJsonDocument::Compact);
    return body;
}

// Bound as '' rather than NULL when the header is absent.
QString headerText(const HttpResponse &response, const QByteArray &name)
{
    const QByteArray value = response.header(name);
    return value.isEmpty() ? QStringLiteral("") : QString::fromLatin1(value);
}

} // namespace

IdempotencyLayer::IdempotencyLayer(const Database &db, const Clock &clock,
                                   const QByteArray &serverSecret, const QSet<QString> &ownRoutes)
    : m_db(db)
    , m_clock(clock)
    , m_box(serverSecret, "idempotency")
    , m_ownRoutes(ownRoutes)
{}

bool IdempotencyLayer::appliesTo(const HttpRequest &request) const
{
    return isStateChanging(request.method) && hasHeader(request, "idempotency-key") &&
           !m_ownRoutes.contains(QString::fromLatin1(request.method) + QLatin1Char(' ') +
                                 request.route);
}

QString IdempotencyLayer::scopeOf(const HttpRequest &request) const
{
    if (request.auth)
        return QStringLiteral("account:") + request.auth->accountId;
    return QStringLiteral("client:") +
           QString::fromLatin1(m_box.mac(request.remoteAddress.toString().toUtf8()));
}

QString IdempotencyLayer::requestHashOf(const HttpRequest &request) const
{
    // Keyed, because sign-in bodies hold passwords: a plain hash of one would
    // be a password hash anyone with the database could attack.
    QByteArray described = request.method;
    described.append('\n').append(request.path.toUtf8()).append('\n');
    described.append(canonicalBody(request.body));
    return QString::fromLatin1(m_box.mac(described));
}

HttpResponse IdempotencyLayer::run(const HttpRequest &request, const Handler &handler) const
{
    const QByteArray key = request.header("idempotency-key");
    if (!FieldFormats::isIdempotencyKey(key)) {
        return HttpResponse::validationFailed(
            {{QStringLiteral("Idempotency-Key"),
              QStringLiteral("Idempotency-Key must be 1 to 200 visible ASCII characters")}});
    }
    const qint64 now = m_clock.nowMs();
    prune(now);
    const QString scope = scopeOf(request);
    const QString keyHash = QString::fromLatin1(m_box.mac(key));
    const QString requestHash = requestHashOf(request);
    // The INSERT is the lock: of two concurrent duplicates, only one
    // reserves the key and runs; the other sees the reservation.
    if (!reserve(scope, keyHash, requestHash, now)) {
        if (const std::optional<Stored> stored = find(scope, keyHash))
            return replay(*stored, requestHash);
        // Released between our INSERT and SELECT: a failed first try.
        if (!reserve(scope, keyHash, requestHash, now))
            return HttpResponse::problem(
                Problem::Conflict,
                QStringLiteral("A request with this Idempotency-Key is in progress."));
    }
    HttpResponse response;
    try {
        response = handler(request);
    } catch (...) {
        release(scope, keyHash);
        throw;
    }
    const qint64 expiresAt = now + (request.auth ? kRetentionMs : kPublicRetentionMs);
    if (const auto deferred = response.deferred()) {
        // The answer comes later (a sign-in's password check): the key stays
        // reserved until then, and a retry meanwhile hears "in progress".
        return HttpResponse::after(deferred->work,
                                   [this, scope, keyHash, expiresAt, last = deferred->finish] {
                                       HttpResponse answer;
                                       try {
                                           answer = last();
                                       } catch (...) {
                                           release(scope, keyHash);
                                           throw;
                                       }
                                       conclude(scope, keyHash, answer, expiresAt);
                                       return answer;
                                   });
    }
    conclude(scope, keyHash, response, expiresAt);
    return response;
}

void IdempotencyLayer::conclude(const QString &scope, const QString &keyHash,
                                const HttpResponse &response, qint64 expiresAt) const
{
    if (response.status() >= 200 && response.status() < 300 && !response.fileSlice() &&
        !response.deferred())
        keep(scope, keyHash, response, expiresAt);
    else
        release(scope, keyHash);
}

bool IdempotencyLayer::reserve(const QString &scope, const QString &keyHash,
                               const QString &requestHash, qint64 now) const
{
    // An expired record (a crashed request's reservation, or one past its
    // retention not yet pruned) no longer holds the key; nor does a
    // reservation ending further ahead than a reservation lasts, which a
    // clock set back left behind.
    m_db.run(QStringLiteral("DELETE FROM idempotency_records WHERE scope = ? AND key_hash = ?"
                            " AND (expires_at <= ? OR (status = 0 AND expires_at > ?))"),
             {scope, keyHash, now, now + kPendingMs + Lifetime::kClockSkewMs});
    const QSqlQuery inserted = m_db.run(
        QStringLiteral("INSERT INTO idempotency_records (scope, key_hash, request_hash, status,"
                       " created_at, expires_at) VALUES (?, ?, ?, 0, ?, ?)"
                       " ON CONFLICT (scope, key_hash) DO NOTHING"),
        {scope, keyHash, requestHash, now, now + kPendingMs});
    return inserted.numRowsAffected() == 1;
}

std::optional<IdempotencyLayer::Stored> IdempotencyLayer::find(const QString &scope,
                                                               const QString &keyHash) const
{
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT request_hash, status, content_type, location, body"
                                " FROM idempotency_records WHERE scope = ? AND key_hash = ?"),
                 {scope, keyHash});
    if (!query.next())
        return std::nullopt;
    return Stored{query.value(0).toString(), query.value(1).toInt(),
                  query.value(2).toString().toLatin1(), query.value(3).toString().toLatin1(),
                  query.value(4).toString().toLatin1()};
}

HttpResponse IdempotencyLayer::replay(const Stored &stored, const QString &requestHash) const
{
    if (stored.requestHash != requestHash) {
        return HttpResponse::problem(
            Problem::IdempotencyKeyReused,
            QStringLiteral("This Idempotency-Key was already used for a different request."));
    }
    if (stored.status == 0) {
        return HttpResponse::problem(
            Problem::Conflict,
            QStringLiteral("A request with this Idempotency-Key is in progress; retry later."));
    }
    const std::optional<QByteArray> sealed = m_box.open(stored.sealedBody);
    if (!sealed)
        throw DatabaseError("a kept idempotent answer cannot be decrypted");
    const QJsonObject kept = QJsonDocument::fromJson(*sealed).object();
    const QByteArray body =
        QByteArray::fromBase64(kept.value(QLatin1String("body")).toString().toLatin1());
    HttpResponse response = stored.status == 204
                                ? HttpResponse::noContent()
                                : HttpResponse::bytes(stored.status, stored.contentType, body);
    // The handler's own headers (Location, ETag, ...) as first sent.
    const QJsonArray headers = kept.value(QLatin1String("headers")).toArray();
    for (const QJsonValue &header : headers) {
        const QJsonArray pair = header.toArray();
        response.setHeader(pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1());
    }
    response.setHeader("idempotent-replayed", "true");
    return response;
}

void IdempotencyLayer::keep(const QString &scope, const QString &keyHash,
                            const HttpResponse &response, qint64 expiresAt) const
{
    QJsonArray headers;
    for (const auto &[name, value] : response.headers())
        headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    const QJsonObject kept{
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), QString::fromLatin1(response.body().toBase64())}};
    m_db.run(QStringLiteral("UPDATE idempotency_records SET status = ?, content_type = ?,"
                            " location = ?, body = ?, expires_at = ?"
                            " WHERE scope = ? AND key_hash = ?"),
             {response.status(), headerText(response, "content-type"),
              headerText(response, "location"),
              QString::fromLatin1(m_box.seal(QJsonDocument(kept).toJson(QJsonDocument::Compact))),
              expiresAt, scope, keyHash});
}

void IdempotencyLayer::release(const QString &scope, const QString &keyHash) const
{
    m_db.run(QStringLiteral("DELETE FROM idempotency_records WHERE scope = ? AND key_hash = ?"),
             {scope, keyHash});
}

void IdempotencyLayer::prune(qint64 now) const
{
    if (now < m_nextPruneAt)
        return;
    m_nextPruneAt = now + kPruneEveryMs;
    m_db.run(QStringLiteral("DELETE FROM idempotency_records WHERE expires_at <= ?"), {now});
}

} // namespace pd::server
