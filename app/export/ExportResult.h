#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QJsonObject;

namespace pd {

// One part of an archive (OpenAPI `ExportPart`): a byte range of it with a
// URL and a checksum of its own.
struct ArchivePart {
    int index = 0; // from 1
    QUrl url;
    qint64 offset = 0;
    qint64 sizeBytes = 0;
    QString sha256;
};

// The archive cut into parts of one size (OpenAPI `ExportPartSet`).
struct ArchivePartSet {
    qint64 partSize = 0;
    QList<ArchivePart> parts;
};

// What a completed export request says about its archive (the request's
// `result`): where to download it and what it must hash to.
struct ExportResult {
    QString requestId;
    QUrl archiveUrl;
    qint64 sizeBytes = 0;
    QString sha256; // lower-case hex of the whole archive
    QDateTime expiresAt;
    // The part sizes the archive can also be downloaded in, smallest first;
    // only sets whose parts join into exactly the archive are kept.
    QList<ArchivePartSet> partSets;

    const ArchivePartSet *partSet(qint64 partSize) const;

    // From a request object (`GET /requests/{id}`); nullopt and *error (for
    // developers) unless it is a completed export with a well-formed result.
    static std::optional<ExportResult> fromRequest(const QJsonObject &request, QString *error);
    static bool isSha256Hex(const QString &text);
};

} // namespace pd
