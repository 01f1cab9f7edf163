#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace pd {

// Keeps one running app per user. start() tries to reach an instance that is
// already running: when one answers, it is asked to raise its window and
// anotherInstanceRunning() follows (this process should exit); otherwise this
// process starts listening and becomePrimary() follows. Everything is
// asynchronous.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QString serverName = defaultServerName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    void start();
    bool isPrimary() const { return m_server != nullptr; }

    // A socket in the user's runtime folder (Unix) or a pipe named after the
    // user (Windows).
    static QString defaultServerName();

Q_SIGNALS:
    void becomePrimary();
    void anotherInstanceRunning();
    // Another instance asked this one to show its window.
    void raiseRequested();
    // Listening failed; the app may go on without the guard.
    void failed(const QString &reason);

private:
    void listen();
    void onNewConnection();

    QString m_name;
    QLocalSocket *m_probe = nullptr;
    QLocalServer *m_server = nullptr;
    bool m_reachedPeer = false;
};

} // namespace pd
