#include "export/ExportResult.h"

#include "requests/RequestType.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace pd {

namespace {

std::optional<ExportResult> refuse(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

// The part sets whose parts are numbered from 1, each a valid range right
// after the one before, together exactly `archiveSize` bytes.
QList<ArchivePartSet> partSetsOf(const QJsonValue &value, qint64 archiveSize)
{
    QList<ArchivePartSet> sets;
    for (const QJsonValue &setValue : value.toArray()) {
        const QJsonObject object = setValue.toObject();
        ArchivePartSet set;
        set.partSize = object.value(QLatin1String("part_size")).toInteger();
        qint64 next = 0;
        bool valid = set.partSize > 0;
        for (const QJsonValue &partValue : object.value(QLatin1String("parts")).toArray()) {
            const QJsonObject item = partValue.toObject();
            ArchivePart part;
            part.index = item.value(QLatin1String("index")).toInt();
            part.url = QUrl(item.value(QLatin1String("url")).toString(), QUrl::StrictMode);
            part.offset = item.value(QLatin1String("offset")).toInteger(-1);
            part.sizeBytes = item.value(QLatin1String("size_bytes")).toInteger(-1);
            part.sha256 = item.value(QLatin1String("sha256")).toString();
            valid = valid && part.index == set.parts.size() + 1 && part.url.isValid() &&
                    !part.url.isRelative() && part.offset == next && part.sizeBytes > 0 &&
                    part.sizeBytes <= set.partSize && ExportResult::isSha256Hex(part.sha256);
            if (!valid)
                break;
            next += part.sizeBytes;
            set.parts.append(part);
        }
        if (valid && next == archiveSize && set.parts.size() > 1)
            sets.append(set);
    }
    std::sort(sets.begin(), sets.end(), [](const ArchivePartSet &a, const ArchivePartSet &b) {
        return a.partSize < b.partSize;
    });
    return sets;
}

} // namespace

const ArchivePartSet *ExportResult::partSet(qint64 partSize) const
{
    for (const ArchivePartSet &set : partSets) {
        if (set.partSize == partSize)
            return &set;
    }
    return nullptr;
}

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
    archive.partSets = partSetsOf(result.value(QLatin1String("parts")), archive.sizeBytes);
    return archive;
}

} // namespace pd
