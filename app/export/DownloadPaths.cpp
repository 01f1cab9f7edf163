#include "export/DownloadPaths.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pd {

namespace {

constexpr int kMaxIdChars = 100;
constexpr int kMaxNumberedNames = 9999;

bool isIdChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
           c == QLatin1Char('_') || c == QLatin1Char('~') || c == QLatin1Char('-');
}

bool isInside(const QString &canonicalFolder, const QString &path)
{
    const QString prefix = canonicalFolder.endsWith(QLatin1Char('/'))
                               ? canonicalFolder
                               : canonicalFolder + QLatin1Char('/');
    return QDir::cleanPath(path).startsWith(prefix) &&
           QFileInfo(path).absolutePath() == QDir::cleanPath(canonicalFolder);
}

} // namespace

QString DownloadPaths::archiveFileName(const QString &requestId)
{
    QString id;
    for (const QChar c : requestId.left(kMaxIdChars)) {
        const QChar safe = isIdChar(c) ? c : QLatin1Char('_');
        if (safe == QLatin1Char('.') && id.endsWith(QLatin1Char('.')))
            continue;
        id.append(safe);
    }
    // No dot next to the prefix's '-' or the ".zip": "..zip" must not appear.
    while (id.startsWith(QLatin1Char('.')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('.')))
        id.chop(1);
    if (id.isEmpty())
        id = QStringLiteral("unnamed");
    return QStringLiteral("privacy-export-") + id + QStringLiteral(".zip");
}

bool DownloadPaths::isPlainFileName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String(".") || name.contains(QLatin1String("..")))
        return false;
    if (name.toUtf8().size() > 255)
        return false;
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') ||
            c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

QString DownloadPaths::canonicalFolder(const QString &folder, QString *error)
{
    const QFileInfo info(folder);
    const QString canonical = info.canonicalFilePath();
    if (folder.isEmpty() || canonical.isEmpty() || !QFileInfo(canonical).isDir()) {
        if (error)
            *error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    if (!QFileInfo(canonical).isWritable()) {
        if (error)
            *error =
                tr("The folder %1 cannot be written to.").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    return canonical;
}

std::optional<QString> DownloadPaths::pathInside(const QString &canonicalFolder,
                                                 const QString &name, QString *error)
{
    if (!isPlainFileName(name)) {
        if (error)
            *error = tr("The file name is not allowed.");
        return std::nullopt;
    }
    const QString path = QDir(canonicalFolder).filePath(name);
    if (!isInside(canonicalFolder, path)) {
        if (error)
            *error = tr("The file would be saved outside the chosen folder.");
        return std::nullopt;
    }
    if (QFileInfo(path).isSymLink()) {
        if (error)
            *error =
                tr("%1 in the chosen folder is a symbolic link; it is not followed.").arg(name);
        return std::nullopt;
    }
    return path;
}

QString DownloadPaths::numberedName(const QString &name, int number)
{
    if (number <= 1)
        return name;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString suffix = QStringLiteral(" (%1)").arg(number);
    if (dot <= 0)
        return name + suffix;
    return name.left(dot) + suffix + name.mid(dot);
}

std::unique_ptr<QFile> DownloadPaths::openNoFollow(const QString &path, bool writable, bool create,
                                                   QString *error)
{
    auto file = std::make_unique<QFile>(path);
    const auto fail = [&](const QString &why) -> std::unique_ptr<QFile> {
        if (error)
            *error = why;
        return nullptr;
    };
#ifdef Q_OS_UNIX
    int flags = (writable ? O_RDWR : O_RDONLY) | O_NOFOLLOW | O_CLOEXEC;
    if (create)
        flags |= O_CREAT;
    const int fd = ::open(QFile::encodeName(path).constData(), flags, 0600);
    if (fd < 0) {
        if (errno == ELOOP)
            return fail(tr("%1 is a symbolic link; it is not followed.").arg(path));
        return fail(tr("Cannot open %1.").arg(path));
    }
    struct stat status {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode) || status.st_nlink != 1) {
        ::close(fd);
        return fail(tr("%1 is not a regular file.").arg(path));
    }
    const QIODevice::OpenMode mode = writable ? QIODevice::ReadWrite : QIODevice::ReadOnly;
    if (!file->open(fd, mode, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(tr("Cannot open %1.").arg(path));
    }
#else
    if (QFileInfo(path).isSymLink())
        return fail(tr("%1 is a symbolic link; it is not followed.").arg(path));
    if (!create && !QFileInfo::exists(path))
        return fail(tr("Cannot open %1.").arg(path));
    if (!file->open(writable ? QIODevice::ReadWrite : QIODevice::ReadOnly))
        return fail(tr("Cannot open %1.").arg(path));
#endif
    return file;
}

std::optional<QString> DownloadPaths::moveWithoutOverwrite(const QString &from,
                                                           const QString &canonicalFolder,
                                                           const QString &name, QString *error)
{
    for (int number = 1; number <= kMaxNumberedNames; ++number) {
        const auto target = pathInside(canonicalFolder, numberedName(name, number), nullptr);
        if (!target)
            continue; // a symbolic link sits there: leave it alone, try the next name
#ifdef Q_OS_LINUX
        const QByteArray source = QFile::encodeName(from);
        const QByteArray destination = QFile::encodeName(*target);
        if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, destination.constData(),
                        RENAME_NOREPLACE) == 0)
            return target;
        if (errno == EEXIST)
            continue;
        if (errno == EINVAL || errno == ENOSYS) {
            // No RENAME_NOREPLACE on this file system: a hard link never replaces either.
            if (::link(source.constData(), destination.constData()) == 0) {
                ::unlink(source.constData());
                return target;
            }
            if (errno == EEXIST)
                continue;
        }
        break;
#else
        if (QFileInfo::exists(*target) || QFileInfo(*target).isSymLink())
            continue;
        if (QFile::rename(from, *target))
            return target;
        break;
#endif
    }
    if (error)
        *error = tr("The downloaded file could not be given its final name in %1.")
                     .arg(QDir::toNativeSeparators(canonicalFolder));
    return std::nullopt;
}

} // namespace pd
