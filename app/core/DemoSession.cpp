#include "core/DemoSession.h"

#include "core/PrivateFiles.h"

#include <QDir>

namespace pd {

DemoSession::DemoSession(const QString &serverExecutable, QObject *parent)
    : QObject(parent)
    , m_backend(serverExecutable)
{
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
}

QString DemoSession::appDataDir() const
{
    return QDir(m_folder.path()).filePath(QStringLiteral("app"));
}

QString DemoSession::settingsPath() const
{
    return QDir(m_folder.path()).filePath(QStringLiteral("settings.ini"));
}

void DemoSession::start()
{
    const QString serverData = QDir(m_folder.path()).filePath(QStringLiteral("server"));
    PrivateFiles::makeFolder(serverData);
    m_backend.start(serverData, {QStringLiteral("--demo")});
}

} // namespace pd
