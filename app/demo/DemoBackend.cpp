#include "DemoBackend.h"

#include "demo/DieWithParent.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace pd {

DemoBackend::DemoBackend(QString serverExecutable, QObject *parent)
    : QObject(parent)
    , m_executable(std::move(serverExecutable))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // The server must not outlive the app, however the app ends; its data is
    // a throwaway demo set.
    dieWithParent(m_process);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoBackend::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!m_ready)
            Q_EMIT failed(m_process.errorString());
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_ready) {
            const QString errorText = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
            Q_EMIT failed(errorText.isEmpty()
                              ? tr("The demo server stopped (exit code %1).").arg(code)
                              : errorText);
        }
    });
}

DemoBackend::~DemoBackend()
{
    stop();
}

void DemoBackend::start(const QString &dataDir, const QStringList &extraArguments)
{
    m_ready = false;
    m_startup = {};
    m_buffer.clear();
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--data-dir"), dataDir};
    arguments << extraArguments;
    m_process.start(m_executable, arguments);
}

void DemoBackend::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

void DemoBackend::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        m_startup.read(QString::fromUtf8(m_buffer.left(newline)));
        m_buffer.remove(0, newline + 1);
    }
    // The server prints its demo accounts right after the URL lines and
    // flushes once, so everything is in by the time the URL is known.
    if (!m_ready && m_startup.origin.isValid()) {
        m_ready = true;
        Q_EMIT ready();
    }
}

QString DemoBackend::findServerExecutable(const QString &applicationDir)
{
    const QString name = QStringLiteral("privacy-dashboard-server");
    for (const QString &candidate :
         {QDir(applicationDir).filePath(name),
          QDir(applicationDir).filePath(QStringLiteral("../server/") + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

} // namespace pd
