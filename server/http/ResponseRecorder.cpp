#include "ResponseRecorder.h"

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pd::server {

ResponseRecorder::ResponseRecorder(const QString &path)
    : m_file(path)
{
    // It holds tokens and TOTP secrets: owner only, also if it existed.
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append, ownerOnly))
        m_file.setPermissions(ownerOnly);
}

void ResponseRecorder::record(const HttpRequest &request, const HttpResponse &response)
{
    if (!isOpen())
        return;
    QJsonObject headers;
    for (const auto &[name, value] : response.headers())
        headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    const QByteArray contentType = response.header("content-type");
    QJsonValue body = QJsonValue::Null;
    if (contentType.contains("json") && !response.body().isEmpty() && request.method != "HEAD") {
        const QJsonDocument document = QJsonDocument::fromJson(response.body());
        body = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    const QJsonObject line{
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("route"), request.route},
        {QStringLiteral("status"), response.status()},
        {QStringLiteral("content_type"), QString::fromLatin1(contentType)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), body},
    };
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    const QMutexLocker lock(&m_mutex);
    m_file.write(bytes);
    m_file.flush();
}

} // namespace pd::server
