#pragma once

#include "demo/ServerStartupLines.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace pd {

// Runs the bundled reference backend (privacy-dashboard-server) as a child
// process on loopback and reports what it printed at start-up: its URL, the
// development CA to trust, and the demo accounts.
class DemoBackend : public QObject
{
    Q_OBJECT
public:
    using DemoAccount = ServerStartupLines::Account;

    DemoBackend(QString serverExecutable, QObject *parent = nullptr);
    ~DemoBackend() override;

    // Starts with `--listen 127.0.0.1:0 --data-dir <dataDir>` plus `extraArguments`.
    void start(const QString &dataDir, const QStringList &extraArguments = {});
    void stop();

    QUrl origin() const { return m_startup.origin; }
    QString caCertificatePath() const { return m_startup.caPath; }
    QList<DemoAccount> accounts() const { return m_startup.accounts; }
    bool isReady() const { return m_ready; }
    qint64 processId() const { return m_process.processId(); }

    // Locates the server binary next to the running executable or in PATH.
    static QString findServerExecutable(const QString &applicationDir);

Q_SIGNALS:
    void ready();
    void failed(const QString &reason);

private:
    void readOutput();

    QString m_executable;
    QProcess m_process;
    QByteArray m_buffer;
    ServerStartupLines m_startup;
    bool m_ready = false;
};

} // namespace pd
