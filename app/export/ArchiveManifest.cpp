#include "export/ArchiveManifest.h"

#include "export/ExportResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pd {

namespace {

std::optional<ArchiveManifest> refuse(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

bool isCount(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= 9.0e15 &&
           value.toDouble() == double(value.toInteger());
}

} // namespace

std::optional<ArchiveManifest> ArchiveManifest::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return refuse(
            error,
            QStringLiteral("manifest.json is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject object = document.object();
    ArchiveManifest manifest;
    manifest.accountId = object.value(QLatin1String("account_id")).toString();
    manifest.createdAt = object.value(QLatin1String("created_at")).toString();
    manifest.format = object.value(QLatin1String("format")).toString();
    const QJsonValue files = object.value(QLatin1String("files"));
    if (!files.isArray())
        return refuse(error, QStringLiteral("manifest.json has no files array"));
    const QJsonValue readable = object.value(QLatin1String("readable"));
    if (!readable.isUndefined() && !readable.isArray())
        return refuse(error, QStringLiteral("manifest.json's readable is not an array"));
    // The contract's pattern, with any lower-case category so a newer server
    // still opens. \z, not $: $ also matches before a final newline.
    static const QRegularExpression dataName(
        QStringLiteral("^[a-z][a-z0-9_]{0,63}\\.(json|csv)\\z"));
    // Pages of the readable copy: one folder, no other path.
    static const QRegularExpression pageName(
        QStringLiteral("^html/[a-z][a-z0-9_]{0,63}(-[0-9]{1,7})?\\.html\\z"));
    QSet<QString> seen;
    const auto read = [&](const QJsonValue &list, const QRegularExpression &name,
                          QList<File> *into) {
        for (const QJsonValue &item : list.toArray()) {
            const QJsonObject entry = item.toObject();
            File file;
            file.path = entry.value(QLatin1String("path")).toString();
            file.sha256 = entry.value(QLatin1String("sha256")).toString();
            if (!name.match(file.path).hasMatch())
                return QStringLiteral("manifest lists an unexpected file name");
            if (seen.contains(file.path))
                return QStringLiteral("manifest lists %1 twice").arg(file.path);
            seen.insert(file.path);
            if (!ExportResult::isSha256Hex(file.sha256))
                return QStringLiteral("manifest entry %1 has no valid sha256").arg(file.path);
            const QJsonValue size = entry.value(QLatin1String("size_bytes"));
            const QJsonValue rows = entry.value(QLatin1String("rows"));
            if (!isCount(size) || !isCount(rows))
                return QStringLiteral("manifest entry %1 has no valid size or rows").arg(file.path);
            file.sizeBytes = size.toInteger();
            file.rows = rows.toInteger();
            into->append(file);
        }
        return QString();
    };
    for (const QString &why :
         {read(files, dataName, &manifest.files), read(readable, pageName, &manifest.readable)}) {
        if (!why.isEmpty())
            return refuse(error, why);
    }
    return manifest;
}

const ArchiveManifest::File *ArchiveManifest::listed(const QString &path) const
{
    if (const File *data = file(path))
        return data;
    for (const File &page : readable) {
        if (page.path == path)
            return &page;
    }
    return nullptr;
}

bool ArchiveManifest::hasReadableCopy() const
{
    return std::any_of(readable.cbegin(), readable.cend(),
                       [](const File &page) { return page.path == QLatin1String(kReadableIndex); });
}

const ArchiveManifest::File *ArchiveManifest::file(const QString &path) const
{
    for (const File &candidate : files) {
        if (candidate.path == path)
            return &candidate;
    }
    return nullptr;
}

} // namespace pd
