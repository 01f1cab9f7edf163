#include "api/ApiRequest.h"

namespace pd {

namespace {

ApiRequest make(const QByteArray &method, const QString &path,
                std::optional<QJsonDocument> body = std::nullopt)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = std::move(body);
    return request;
}

} // namespace

ApiRequest ApiRequest::get(const QString &path)
{
    return make("GET", path);
}

ApiRequest ApiRequest::post(const QString &path, const QJsonDocument &body)
{
    return make("POST", path, body);
}

ApiRequest ApiRequest::put(const QString &path, const QJsonDocument &body)
{
    return make("PUT", path, body);
}

ApiRequest ApiRequest::patch(const QString &path, const QJsonDocument &body)
{
    return make("PATCH", path, body);
}

ApiRequest ApiRequest::deleteResource(const QString &path)
{
    return make("DELETE", path);
}

ApiRequest &ApiRequest::withQuery(const QString &key, const QString &value)
{
    query.addQueryItem(key, value);
    return *this;
}

ApiRequest &ApiRequest::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf(
        [&](const auto &pair) { return pair.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
    return *this;
}

ApiRequest &ApiRequest::withIdempotencyKey(const QByteArray &key)
{
    return withHeader("Idempotency-Key", key);
}

ApiRequest &ApiRequest::withoutAuth()
{
    needsAuth = false;
    return *this;
}

ApiRequest &ApiRequest::withoutRetries()
{
    retryable = false;
    return *this;
}

ApiRequest &ApiRequest::withRoot(Root newRoot)
{
    root = newRoot;
    return *this;
}

ApiRequest &ApiRequest::withTimeout(std::chrono::milliseconds timeout)
{
    transferTimeout = timeout;
    return *this;
}

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ApiRequest::isIdempotentMethod() const
{
    static const QByteArrayList idempotent{"GET", "HEAD", "PUT", "DELETE", "OPTIONS"};
    return idempotent.contains(method.toUpper());
}

bool ApiRequest::isStateChanging() const
{
    static const QByteArrayList changing{"POST", "PUT", "PATCH", "DELETE"};
    return changing.contains(method.toUpper());
}

} // namespace pd
