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
    // The human-readable HTML copy ("html/index.html", "html/<category>.html",
    // "html/<category>-2.html", ...); empty in archives from before it.
    QList<File> readable;

    // Nullopt and *error (for developers) unless `json` is a manifest whose
    // files have safe, distinct names, lower-case hex hashes and sizes.
    static std::optional<ArchiveManifest> parse(const QByteArray &json, QString *error);
    // A data file (files) by path.
    const File *file(const QString &path) const;
    // A data file or a page of the readable copy by path.
    const File *listed(const QString &path) const;
    // Whether the readable copy has its index page.
    bool hasReadableCopy() const;
    static constexpr auto kReadableIndex = "html/index.html";
};

} // namespace pd
