#include "RequestRoutes.h"

#include "FieldFormats.h"
#include "RequestReceipt.h"
#include "RequestStore.h"
#include "RequestValidator.h"
#include "db/Database.h"
#include "http/HttpRouter.h"
#include "http/JsonBody.h"
#include "kernel/Clock.h"
#include "kernel/Discovery.h"
#include "kernel/Lifetime.h"
#include "kernel/ReceiptKey.h"
#include "kernel/ServerContext.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace pd::server {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr qint64 kReauthenticationWindowMs = 5 * 60 * 1000;
constexpr int kMaxCancelReasonLength = 500;

bool hasHeader(const HttpRequest &request, const QByteArray &name)
{
    for (const auto &header : request.headers) {
        if (header.first == name)
            return true;
    }
    return false;
}

// QJsonObject keeps its keys sorted, so its compact serialisation is a
// canonical form: equal bodies hash equally whatever their key order or
// whitespace was.
QString canonicalHash(const QJsonObject &body)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

} // namespace

RequestRoutes::RequestRoutes(const ServerContext &context, const RequestStore &store)
    : m_context(context)
    , m_store(store)
    , m_profiles(context.db, context.clock)
{}

void RequestRoutes::registerRoutes(HttpRouter &router)
{
    router.add("POST", QStringLiteral("/api/v1/requests"), Access::Authenticated,
               [this](const HttpRequest &request) { return create(request); });
    router.add("GET", QStringLiteral("/api/v1/requests"), Access::Authenticated,
               [this](const HttpRequest &request) { return list(request); });
    router.add("GET", QStringLiteral("/api/v1/requests/{id}"), Access::Authenticated,
               [this](const HttpRequest &request) { return get(request); });
    router.add("POST", QStringLiteral("/api/v1/requests/{id}/cancel"), Access::Authenticated,
               [this](const HttpRequest &request) { return cancel(request); });
    router.add("GET", QStringLiteral("/api/v1/requests/{id}/receipt"), Access::Authenticated,
               [this](const HttpRequest &request) { return receipt(request); });
    // Public: once an account is deleted nobody can sign in to ask. The
    // request's id, 128 random bits only its filer was told, is the key.
    router.add("GET", QStringLiteral("/api/v1/receipts/{id}"), Access::Public,
               [this](const HttpRequest &request) { return deletionReceipt(request); });
}

bool RequestRoutes::recentlyReauthenticated(const HttpRequest &request) const
{
    return Lifetime::recent(m_context.clock.nowMs(), request.caller().reauthenticatedAt,
                            kReauthenticationWindowMs);
}

HttpResponse RequestRoutes::created(const RequestRecord &request, bool replayed) const
{
    HttpResponse response = HttpResponse::json(201, m_store.toJson(request));
    response.setHeader("location", "/api/v1/requests/" + request.id.toLatin1());
    if (replayed)
        response.setHeader("idempotent-replayed", "true");
    return response;
}

HttpResponse RequestRoutes::replay(const RequestRecord &original, const QString &bodyHash) const
{
    if (original.bodyHash != bodyHash) {
        return HttpResponse::problem(
            Problem::IdempotencyKeyReused,
            QStringLiteral("This Idempotency-Key was already used with a different body."));
    }
    return created(original, true);
}

HttpResponse RequestRoutes::create(const HttpRequest &request) const
{
    if (!hasHeader(request, "idempotency-key")) {
        return HttpResponse::problem(Problem::IdempotencyKeyMissing,
                                     QStringLiteral("Send an Idempotency-Key header."));
    }
    const QByteArray key = request.header("idempotency-key");
    if (!FieldFormats::isIdempotencyKey(key)) {
        return HttpResponse::validationFailed(
            {{QStringLiteral("Idempotency-Key"),
              QStringLiteral("Idempotency-Key must be 1 to 200 visible ASCII characters")}});
    }
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body)
        return error;

    const QString accountId = request.caller().accountId;
    const QString idempotencyKey = QString::fromLatin1(key);
    const QString bodyHash = canonicalHash(*body);
    if (const auto original = m_store.findByKey(accountId, idempotencyKey))
        return replay(*original, bodyHash);

    const QString type = body->value(QStringLiteral("type")).toString();
    if (type == QLatin1String("delete") && !recentlyReauthenticated(request)) {
        return HttpResponse::problem(
            Problem::ReauthenticationRequired,
            QStringLiteral(
                "Confirm your password or a two-factor code before deleting the account."));
    }
    const std::optional<Profile> profile = m_profiles.load(accountId);
    const RequestAccountFacts facts{profile ? profile->email : QString(), profile};
    const QList<FieldError> errors = RequestValidator::validate(*body, facts);
    if (!errors.isEmpty())
        return HttpResponse::validationFailed(errors);

    const QJsonObject payload = body->value(QStringLiteral("payload")).toObject();
    if (type == QLatin1String("edit") &&
        (!profile || QString::fromLatin1(profile->etag()) !=
                         payload.value(QStringLiteral("expected_etag")).toString())) {
        return HttpResponse::problem(
            Problem::PreconditionFailed,
            QStringLiteral(
                "The profile changed since expected_etag was read; reload it and retry."));
    }

    const qint64 now = m_context.clock.nowMs();
    RequestRecord record;
    record.id = QStringLiteral("r-") + QUuid::createUuid().toString(QUuid::Id128);
    record.accountId = accountId;
    record.type = type;
    record.status = QStringLiteral("received");
    record.payload = payload;
    record.createdAt = now;
    record.updatedAt = now;
    record.dueAt = now + qint64(Discovery::deadlineDays(type)) * kDayMs;
    record.nextStepAt = now + qint64(m_context.config.processAfterSeconds) * 1000;
    record.bodyHash = bodyHash;
    if (!m_store.insert(record, idempotencyKey, QStringLiteral("We received your request."))) {
        // Another submission with this key won the race: answer as its replay.
        const auto winner = m_store.findByKey(accountId, idempotencyKey);
        if (!winner)
            throw DatabaseError("a request with this idempotency key vanished");
        return replay(*winner, bodyHash);
    }
    return created(record, false);
}

HttpResponse RequestRoutes::list(const HttpRequest &request) const
{
    HttpResponse error;
    const std::optional<PageQuery> query = PageQuery::fromRequest(request, &error);
    if (!query)
        return error;
    return HttpResponse::json(
        m_store.page(request.caller().accountId, *query, m_context.clock.nowMs()));
}

HttpResponse RequestRoutes::get(const HttpRequest &request) const
{
    const std::optional<RequestRecord> record =
        m_store.find(request.caller().accountId, request.param(QStringLiteral("id")));
    if (!record)
        return HttpResponse::problem(Problem::NotFound);
    return HttpResponse::json(m_store.toJson(*record));
}

HttpResponse RequestRoutes::cancel(const HttpRequest &request) const
{
    // The body is optional: {"reason": "..."} records why the user cancels.
    QString reason;
    if (!request.body.trimmed().isEmpty()) {
        HttpResponse error;
        const std::optional<QJsonObject> body = parseJsonObject(request, &error);
        if (!body)
            return error;
        FieldReader reader(*body);
        reader.rejectUnknown({QStringLiteral("reason")});
        reason = reader.optionalString(QStringLiteral("reason"), kMaxCancelReasonLength).trimmed();
        if (!reader.ok())
            return HttpResponse::validationFailed(reader.errors());
    }
    const QString accountId = request.caller().accountId;
    const QString id = request.param(QStringLiteral("id"));
    const std::optional<RequestRecord> record = m_store.find(accountId, id);
    if (!record)
        return HttpResponse::problem(Problem::NotFound);
    bool cancelled = false;
    if (RequestStore::isOpen(record->status)) {
        Transaction transaction(m_context.db);
        cancelled = m_store.transition(id, record->status, QStringLiteral("cancelled"),
                                       m_context.clock.nowMs(),
                                       QStringLiteral("Cancelled at your request."), std::nullopt,
                                       QJsonValue::Null, QString(), reason);
        if (cancelled)
            transaction.commit();
    }
    const std::optional<RequestRecord> current = m_store.find(accountId, id);
    if (!current)
        return HttpResponse::problem(Problem::NotFound);
    if (!cancelled) {
        return HttpResponse::problem(
            Problem::Conflict,
            QStringLiteral("The request is already %1 and can no longer be cancelled.")
                .arg(current->status));
    }
    return HttpResponse::json(m_store.toJson(*current));
}

HttpResponse RequestRoutes::receipt(const HttpRequest &request) const
{
    const std::optional<RequestRecord> record =
        m_store.find(request.caller().accountId, request.param(QStringLiteral("id")));
    if (!record)
        return HttpResponse::problem(Problem::NotFound);
    if (RequestStore::isOpen(record->status)) {
        return HttpResponse::problem(
            Problem::Conflict,
            QStringLiteral("The request is still %1: its receipt is signed when it ends.")
                .arg(record->status));
    }
    if (!m_context.receiptKey)
        return HttpResponse::problem(Problem::Unavailable);
    // Ed25519 signatures are deterministic and the receipt holds only what
    // no longer changes once the request ended: every fetch gets the same
    // bytes, so nothing needs to be stored.
    return HttpResponse::json(RequestReceipt::sign(*m_context.receiptKey, *record,
                                                   m_store.toJson(*record), m_context.apiBaseUrl));
}

HttpResponse RequestRoutes::deletionReceipt(const HttpRequest &request) const
{
    QSqlQuery stored =
        m_context.db.run(QStringLiteral("SELECT signed_receipt FROM deletion_receipts"
                                        " WHERE request_id = ?"),
                         {request.param(QStringLiteral("id"))});
    if (!stored.next())
        return HttpResponse::problem(Problem::NotFound);
    return HttpResponse::json(
        QJsonDocument::fromJson(stored.value(0).toString().toUtf8()).object());
}

} // namespace pd::server
