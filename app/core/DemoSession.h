#pragma once

#include "demo/DemoBackend.h"
#include "net/ServerProfile.h"

#include <QCoreApplication>
#include <QObject>
#include <QTemporaryDir>

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
    QString settingsPath() const;

    void start();
    const DemoBackend &backend() const { return m_backend; }

Q_SIGNALS:
    // The server runs; `profile` trusts its development CA. The account is
    // the first demo account (two-factor on).
    void ready(const pd::ServerProfile &profile, const pd::DemoBackend::DemoAccount &account);
    void failed(const QString &reason);

private:
    QTemporaryDir m_folder;
    DemoBackend m_backend;
};

} // namespace pd
