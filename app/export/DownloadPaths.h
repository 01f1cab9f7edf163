#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>
#include <optional>

namespace pd {

// Where downloads may go: only plain file names directly inside the folder
// the user chose, never through a symbolic link, never over an existing file.
// Error messages are translated (for users) and may name the folder.
class DownloadPaths
{
    Q_DECLARE_TR_FUNCTIONS(pd::DownloadPaths)
public:
    // "privacy-export-<id>.zip" from a request id: characters outside
    // [A-Za-z0-9._~-] become '_', runs of dots collapse to one, leading and
    // trailing dots go, at most 100 characters of the id are kept.
    static QString archiveFileName(const QString &requestId);
    // Not empty, not "." or "..", no '/', '\\', ':', no control characters,
    // no "..", at most 255 UTF-8 bytes.
    static bool isPlainFileName(const QString &name);
    // The canonical path of an existing, writable folder; empty and *error
    // otherwise.
    static QString canonicalFolder(const QString &folder, QString *error);
    // `<canonicalFolder>/<name>` when `name` is a plain file name, the path
    // stays inside the folder and nothing there is a symbolic link.
    static std::optional<QString> pathInside(const QString &canonicalFolder, const QString &name,
                                             QString *error);
    // "name (2).zip" for ("name.zip", 2); `name` itself for 1.
    static QString numberedName(const QString &name, int number);
    // Opens a regular file without following a symbolic link at `path`
    // (created with owner-only permissions when `create`), refusing hard-linked
    // files; read-write, or read-only when `writable` is false.
    static std::unique_ptr<QFile> openNoFollow(const QString &path, bool writable, bool create,
                                               QString *error);
    // Moves `from` to `<canonicalFolder>/<name>`, or the first free
    // "name (N).zip", atomically and never replacing anything. The final path,
    // or nullopt and *error.
    static std::optional<QString> moveWithoutOverwrite(const QString &from,
                                                       const QString &canonicalFolder,
                                                       const QString &name, QString *error);
};

} // namespace pd
