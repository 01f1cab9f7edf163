#pragma once

#include "demo/DemoBackend.h"
#include "net/ServerProfile.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

class QSettings;

namespace pd {

// The `--demo` mode: the bundled server on loopback with fresh demo data, and
// the app's own settings and cache beside it in a temporary folder, so a demo
// never touches the user's real profiles, keychain or cache. All of it is
// deleted on exit.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(const QString &serverExecutable, QObject *parent = nullptr);
    ~DemoSession() override;

    // false when the temporary folder could not be made.
    bool isValid() const { return m_folder.isValid(); }
    QString appDataDir() const;
    // The maildir the demo server delivers its mail to (an email change's
    // code): the demo sends no real mail.
    QString mailDir() const;
    QString settingsPath() const;
    // Writes what the demo's settings (settingsPath()) differ in: receipts
    // are kept in the demo's folder, not the user's Documents, since the
    // throwaway server's signatures prove nothing once it is gone.
    void writeSettings(QSettings &settings) const;

    void start();
    const DemoBackend &backend() const { return m_backend; }

    // Removes the folders of demo sessions whose app was killed (SIGKILL, a
    // crash, a power cut) before it could clean up: every
    // privacy-dashboard-demo-* folder in the temporary folder whose lock no
    // living process holds. Returns how many were removed.
    static int removeLeftovers();
    static QString folderPrefix();

Q_SIGNALS:
    // The server runs; `profile` trusts its development CA. The account is
    // the first demo account (two-factor on).
    void ready(const pd::ServerProfile &profile, const pd::DemoBackend::DemoAccount &account);
    void failed(const QString &reason);

private:
    QTemporaryDir m_folder;
    // Held while the session lives; tells removeLeftovers() the folder is in use.
    std::unique_ptr<QLockFile> m_lock;
    DemoBackend m_backend;
};

} // namespace pd
