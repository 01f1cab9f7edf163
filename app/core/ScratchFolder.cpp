#include "core/ScratchFolder.h"

#include "core/CoreLog.h"
#include "core/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>

namespace pd {

ScratchFolder::ScratchFolder(QString path)
    : m_path(std::move(path))
{}

bool ScratchFolder::prepare()
{
    if (!PrivateFiles::makeFolder(m_path))
        return false;
    clear();
    return true;
}

void ScratchFolder::clear()
{
    const QDir folder(m_path);
    int removed = 0;
    const QFileInfoList entries =
        folder.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const bool gone = entry.isDir() && !entry.isSymLink()
                              ? QDir(entry.filePath()).removeRecursively()
                              : QFile::remove(entry.filePath());
        if (gone)
            ++removed;
        else
            qCWarning(lcCore) << "a scratch file could not be removed";
    }
    if (removed > 0)
        qCInfo(lcCore) << "scratch folder emptied:" << removed << "entries";
}

} // namespace pd
