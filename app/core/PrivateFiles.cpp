#include "core/PrivateFiles.h"

#include "core/CoreLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace pd {

namespace {

constexpr QFileDevice::Permissions kFolderMode =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// The owner/group/other bits (QFile::permissions() also reports the User bits).
constexpr QFileDevice::Permissions kModeBits =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

bool PrivateFiles::makeFolder(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
    // The folders to create, innermost first.
    QStringList missing;
    for (QString folder = absolute; !QFileInfo::exists(folder);
         folder = QFileInfo(folder).absolutePath()) {
        missing.prepend(folder);
        if (QFileInfo(folder).absolutePath() == folder)
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        // mkdir() with the mode itself: not even briefly open to others.
        if (!QDir().mkdir(folder, kFolderMode) && !QFileInfo(folder).isDir())
            return false;
    }
    if (!QFileInfo(absolute).isDir())
        return false;
    if ((QFile::permissions(absolute) & kModeBits) != kFolderMode &&
        !QFile::setPermissions(absolute, kFolderMode)) {
        qCWarning(lcCore) << "a private folder could not be restricted to its owner";
        return false;
    }
    return true;
}

bool PrivateFiles::restrictFile(const QString &path)
{
    if (path.isEmpty())
        return false;
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFileMode))
            return true;
        if (!QFileInfo::exists(path))
            return false;
    }
    if ((QFile::permissions(path) & kModeBits) == kFileMode)
        return true;
    if (!QFile::setPermissions(path, kFileMode)) {
        qCWarning(lcCore) << "a private file could not be restricted to its owner";
        return false;
    }
    return true;
}

bool PrivateFiles::protectSettings(const QSettings &settings)
{
    const QString path = settings.fileName();
    // Other platforms' native settings live in the registry or a plist.
    if (path.isEmpty() || !QDir::isAbsolutePath(path))
        return true;
    return makeFolder(QFileInfo(path).absolutePath()) && restrictFile(path);
}

bool PrivateFiles::isPrivateFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const QFileInfo folder(path);
    return !path.isEmpty() && folder.isDir() && !folder.isSymLink() &&
           folder.ownerId() == ::getuid() && (folder.permissions() & kModeBits) == kFolderMode;
#else
    Q_UNUSED(path)
    return false;
#endif
}

} // namespace pd
