#include "core/SingleInstance.h"

#include "core/CoreLog.h"
#include "core/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace pd {

namespace {

const QByteArray kRaise = QByteArrayLiteral("raise\n");

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_name(std::move(serverName))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
#ifdef Q_OS_WIN
    const QByteArray user = qEnvironmentVariable("USERNAME").toUtf8();
    return QStringLiteral("privacy-dashboard-") +
           QString::fromLatin1(
               QCryptographicHash::hash(user, QCryptographicHash::Sha256).toHex().left(16));
#else
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(QStringLiteral("privacy-dashboard.socket"));
#endif
}

void SingleInstance::start()
{
    m_probe = new QLocalSocket(this);
    connect(m_probe, &QLocalSocket::connected, this, [this] {
        m_reachedPeer = true;
        m_probe->write(kRaise);
        m_probe->flush();
        m_probe->disconnectFromServer();
    });
    connect(m_probe, &QLocalSocket::disconnected, this, [this] {
        qCInfo(lcCore) << "another instance is running; asked it to show its window";
        Q_EMIT anotherInstanceRunning();
    });
    connect(m_probe, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        // Once a peer answered it is running, whatever happens to this
        // connection: its socket must not be taken over.
        if (m_reachedPeer)
            return;
        m_probe->deleteLater();
        m_probe = nullptr;
        listen();
    });
    m_probe->connectToServer(m_name, QIODevice::WriteOnly);
}

void SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    // In a folder only this user may enter (the runtime folder is 0700, as
    // the XDG spec requires), the socket is private as made. Elsewhere Qt
    // restricts it itself, by binding in a temporary folder and renaming it
    // over: five more file system calls, 2 ms of an ext4 start.
    m_server->setSocketOptions(PrivateFiles::isPrivateFolder(QFileInfo(m_name).absolutePath())
                                   ? QLocalServer::NoOptions
                                   : QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Nobody answered, so a socket left there is stale (a crashed run).
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            const QString reason = m_server->errorString();
            qCWarning(lcCore).noquote() << "single-instance guard not listening:" << reason;
            delete m_server;
            m_server = nullptr;
            Q_EMIT failed(reason);
            Q_EMIT becomePrimary();
            return;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    Q_EMIT becomePrimary();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            // A peer gets one short line; anything longer is not ours.
            if (socket->bytesAvailable() > 64) {
                socket->abort();
                return;
            }
            if (socket->canReadLine() && socket->readLine() == kRaise)
                Q_EMIT raiseRequested();
        });
    }
}

} // namespace pd
