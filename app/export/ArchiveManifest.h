#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

// manifest.json of an export archive (OpenAPI `ArchiveManifest`).
struct ArchiveManifest {
    struct File {
        QString path; // "<category>.json" or "<category>.csv" at the ZIP root
        QString sha256;
        qint64 sizeBytes = 0;
        qint64 rows = 0;
    };

    QString accountId;
    QString createdAt;
    QString format;
    QList<File> files;

    // Nullopt and *error (for developers) unless `json` is a manifest whose
    // files have safe, distinct names, lower-case hex hashes and sizes.
    static std::optional<ArchiveManifest> parse(const QByteArray &json, QString *error);
    const File *file(const QString &path) const;
};

} // namespace pd
