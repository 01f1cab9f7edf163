#include "core/DemoSession.h"

#include "core/SettingKeys.h"

#include "core/CoreLog.h"
#include "core/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>

#include <unistd.h>

namespace pd {

namespace {

const QString kLockName = QStringLiteral("session.lock");

} // namespace

DemoSession::DemoSession(const QString &serverExecutable, QObject *parent)
    : QObject(parent)
    , m_folder(QDir(QDir::tempPath()).filePath(folderPrefix() + QStringLiteral("XXXXXX")))
    , m_backend(serverExecutable)
{
    if (m_folder.isValid()) {
        m_lock = std::make_unique<QLockFile>(QDir(m_folder.path()).filePath(kLockName));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0))
            qCWarning(lcCore) << "the demo folder could not be locked";
    }
    connect(&m_backend, &DemoBackend::failed, this, &DemoSession::failed);
    connect(&m_backend, &DemoBackend::ready, this, [this] {
        if (m_backend.accounts().isEmpty()) {
            Q_EMIT failed(tr("The demo server did not create a demo account."));
            return;
        }
        ServerProfile profile = ServerProfile::forUrl(m_backend.origin());
        profile.name = tr("Demo");
        profile.caBundlePath = m_backend.caCertificatePath();
        Q_EMIT ready(profile, m_backend.accounts().constFirst());
    });
}

DemoSession::~DemoSession()
{
    m_backend.stop();
    // Unlocked before QTemporaryDir removes the folder.
    m_lock.reset();
}

QString DemoSession::folderPrefix()
{
    return QStringLiteral("privacy-dashboard-demo-");
}

int DemoSession::removeLeftovers()
{
    int removed = 0;
    const QDir temp(QDir::tempPath());
    const QFileInfoList folders =
        temp.entryInfoList({folderPrefix() + QLatin1Char('*')}, QDir::Dirs | QDir::NoSymLinks);
    for (const QFileInfo &folder : folders) {
        if (folder.ownerId() != ::getuid())
            continue;
        // QLockFile takes over a lock whose process is gone; a folder
        // without a lock file is one that never got past its start.
        QLockFile lock(QDir(folder.filePath()).filePath(kLockName));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        // A live session never reuses a folder: nobody takes it meanwhile.
        lock.unlock();
        if (QDir(folder.filePath()).removeRecursively())
            ++removed;
    }
    if (removed > 0)
        qCInfo(lcCore) << "removed" << removed << "leftover demo folder(s)";
    return removed;
}

QString DemoSession::appDataDir() const
{
    return QDir(m_folder.path()).filePath(QStringLiteral("app"));
}

QString DemoSession::mailDir() const
{
    return QDir(m_folder.path()).filePath(QStringLiteral("mail"));
}

QString DemoSession::settingsPath() const
{
    return QDir(m_folder.path()).filePath(QStringLiteral("settings.ini"));
}

void DemoSession::writeSettings(QSettings &settings) const
{
    SettingKeys::receiptsFolder.write(settings,
                                      QDir(m_folder.path()).filePath(QStringLiteral("receipts")));
}

void DemoSession::start()
{
    const QString serverData = QDir(m_folder.path()).filePath(QStringLiteral("server"));
    PrivateFiles::makeFolder(serverData);
    // --demo-outcomes: objections are extended and guardian removals refused,
    // so that whoever tries the app sees every state a request can be in.
    m_backend.start(serverData, {QStringLiteral("--demo"), QStringLiteral("--demo-outcomes"),
                                 QStringLiteral("--mail-dir"), mailDir()});
}

} // namespace pd
