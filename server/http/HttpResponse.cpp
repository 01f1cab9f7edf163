#include "HttpResponse.h"

#include <QJsonDocument>

namespace pd::server {

namespace {
const QByteArray kJson = QByteArrayLiteral("application/json; charset=utf-8");
const QByteArray kProblemJson = QByteArrayLiteral("application/problem+json; charset=utf-8");
} // namespace

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return bytes(status, kJson, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.m_status = 204;
    return response;
}

HttpResponse HttpResponse::bytes(int status, const QByteArray &mimeType, const QByteArray &body)
{
    HttpResponse response;
    response.m_status = status;
    response.m_body = body;
    response.setHeader("content-type", mimeType);
    return response;
}

HttpResponse HttpResponse::after(QFuture<void> work, std::function<HttpResponse()> finish)
{
    HttpResponse response;
    response.m_deferred = std::make_shared<Deferred>(Deferred{std::move(work), std::move(finish)});
    return response;
}

HttpResponse HttpResponse::file(int status, const QByteArray &mimeType, const FileSlice &slice)
{
    HttpResponse response;
    response.m_status = status;
    response.m_file = slice;
    response.setHeader("content-type", mimeType);
    return response;
}

HttpResponse HttpResponse::problem(Problem problem, const QString &detail, const QJsonObject &extra)
{
    const ProblemInfo info = problemInfo(problem);
    QJsonObject body = extra;
    body.insert(QStringLiteral("type"), problemTypeUri(problem));
    body.insert(QStringLiteral("title"), QString::fromLatin1(info.title));
    body.insert(QStringLiteral("status"), info.status);
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    return bytes(info.status, kProblemJson, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::validationFailed(const QList<FieldError> &errors)
{
    QJsonArray list;
    for (const FieldError &error : errors) {
        list.append(QJsonObject{{QStringLiteral("field"), error.field},
                                {QStringLiteral("message"), error.message}});
    }
    return problem(Problem::ValidationFailed,
                   errors.isEmpty() ? QString() : errors.constFirst().message,
                   QJsonObject{{QStringLiteral("errors"), list}});
}

HttpResponse HttpResponse::retryLater(Problem problem, int retryAfterSeconds, const QString &detail)
{
    const int seconds = qMax(1, retryAfterSeconds);
    HttpResponse response = HttpResponse::problem(
        problem, detail, QJsonObject{{QStringLiteral("retry_after"), seconds}});
    response.setHeader("retry-after", QByteArray::number(seconds));
    return response;
}

HttpResponse &HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    for (auto &header : m_headers) {
        if (header.first == lower) {
            header.second = value;
            return *this;
        }
    }
    m_headers.append({lower, value});
    return *this;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &header : m_headers) {
        if (header.first == lower)
            return header.second;
    }
    return {};
}

bool HttpResponse::isProblem() const
{
    return header("content-type").startsWith("application/problem+json");
}

void HttpResponse::setProblemInstance(const QString &path)
{
    if (!isProblem())
        return;
    QJsonObject body = QJsonDocument::fromJson(m_body).object();
    if (body.contains(QStringLiteral("instance")))
        return;
    body.insert(QStringLiteral("instance"), path);
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace pd::server
