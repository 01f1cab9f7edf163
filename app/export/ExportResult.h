#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

class QJsonObject;

namespace pd {

// What a completed export request says about its archive (the request's
// `result`): where to download it and what it must hash to.
struct ExportResult {
    QString requestId;
    QUrl archiveUrl;
    qint64 sizeBytes = 0;
    QString sha256; // lower-case hex of the whole archive
    QDateTime expiresAt;

    // From a request object (`GET /requests/{id}`); nullopt and *error (for
    // developers) unless it is a completed export with a well-formed result.
    static std::optional<ExportResult> fromRequest(const QJsonObject &request, QString *error);
    static bool isSha256Hex(const QString &text);
};

} // namespace pd
