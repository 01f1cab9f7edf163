#pragma once

#include "common/JsonGuard.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <chrono>
#include <optional>

namespace pd {

// What to send: a plain value, built fluently and handed to ApiClient::send().
struct ApiRequest {
    // Api: `path` is relative to the API base URL ("/auth/password").
    // Origin: `path` is relative to the server's origin ("/.well-known/...").
    enum class Root { Api, Origin };

    QByteArray method = "GET";
    QString path;
    Root root = Root::Api;
    QUrlQuery query;
    std::optional<QJsonDocument> body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool needsAuth = true;
    // On 401 `unauthenticated`: refresh the access token once and retry.
    bool refreshOnUnauthenticated = true;
    // Whether the client's RetryPolicy may send it again after a transient
    // failure (best-effort calls such as sign-out say no).
    bool retryable = true;
    // Longest time without any bytes moving before the attempt times out.
    std::chrono::milliseconds transferTimeout{30000};
    JsonGuard::Limits limits;

    static ApiRequest get(const QString &path);
    static ApiRequest post(const QString &path, const QJsonDocument &body);
    static ApiRequest put(const QString &path, const QJsonDocument &body);
    static ApiRequest patch(const QString &path, const QJsonDocument &body);
    static ApiRequest deleteResource(const QString &path);

    ApiRequest &withQuery(const QString &key, const QString &value);
    ApiRequest &withHeader(const QByteArray &name, const QByteArray &value);
    ApiRequest &withIdempotencyKey(const QByteArray &key);
    ApiRequest &withoutAuth();
    ApiRequest &withoutRetries();
    ApiRequest &withRoot(Root newRoot);
    ApiRequest &withTimeout(std::chrono::milliseconds timeout);

    QByteArray header(const QByteArray &name) const;
    bool hasIdempotencyKey() const { return !header("Idempotency-Key").isEmpty(); }
    // GET, HEAD, PUT, DELETE and OPTIONS may be repeated without changing the result.
    bool isIdempotentMethod() const;
    // POST, PUT, PATCH and DELETE: ApiJob gives each an Idempotency-Key.
    bool isStateChanging() const;
    // Whether sending this request twice is safe (an idempotent method or a key).
    bool isRepeatable() const { return isIdempotentMethod() || hasIdempotencyKey(); }
};

} // namespace pd
