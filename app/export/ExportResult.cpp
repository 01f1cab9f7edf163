#include "export/ExportResult.h"

#include "requests/RequestType.h"

#include <QJsonObject>

namespace pd {

namespace {

std::optional<ExportResult> refuse(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

bool ExportResult::isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool lowerHex = c >= QLatin1Char('a') && c <= QLatin1Char('f');
        if (!digit && !lowerHex)
            return false;
    }
    return true;
}

std::optional<ExportResult> ExportResult::fromRequest(const QJsonObject &request, QString *error)
{
    if (!isRequestType(request.value(QLatin1String("type")).toString(), RequestType::Export))
        return refuse(error, QStringLiteral("not an export request"));
    if (request.value(QLatin1String("status")).toString() != QLatin1String("completed"))
        return refuse(error, QStringLiteral("the export has not completed"));
    const QJsonObject result = request.value(QLatin1String("result")).toObject();
    ExportResult archive;
    archive.requestId = request.value(QLatin1String("id")).toString();
    if (archive.requestId.isEmpty())
        return refuse(error, QStringLiteral("request without an id"));
    archive.archiveUrl =
        QUrl(result.value(QLatin1String("archive_url")).toString(), QUrl::StrictMode);
    if (!archive.archiveUrl.isValid() || archive.archiveUrl.isRelative() ||
        archive.archiveUrl.host().isEmpty())
        return refuse(error, QStringLiteral("archive_url is not an absolute URL"));
    const QJsonValue size = result.value(QLatin1String("size_bytes"));
    if (!size.isDouble() || size.toDouble() < 0 || size.toDouble() > 9.0e15)
        return refuse(error, QStringLiteral("size_bytes is not a non-negative integer"));
    archive.sizeBytes = size.toInteger();
    archive.sha256 = result.value(QLatin1String("sha256")).toString();
    if (!isSha256Hex(archive.sha256))
        return refuse(error, QStringLiteral("sha256 is not lower-case hex SHA-256"));
    archive.expiresAt = QDateTime::fromString(result.value(QLatin1String("expires_at")).toString(),
                                              Qt::ISODateWithMs);
    return archive;
}

} // namespace pd
