#pragma once

#include "Problem.h"
#include "RequestFraming.h"

#include <QObject>

#include <functional>

class QTcpSocket;
class QTimer;

namespace pd::server {

// Watches one connection in front of QtHttpServer, which reads every request
// body into memory before anyone sees it and keeps idle connections forever:
// - a body larger than the cap is refused with 413 as soon as its
//   Content-Length (or a chunk size) says so, before it is buffered;
// - a request's line and headers must arrive within the header timeout, or
//   the connection is dropped (slow clients cannot hold it by trickling);
// - a connection with nothing going on is closed after the idle timeout.
// It reads the bytes before QtHttpServer does (its readyRead connection is
// made first) and only peeks at them.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    struct Limits {
        qint64 maxBodyBytes = 1024 * 1024;
        qint64 maxHeaderBytes = 64 * 1024;
        int headerTimeoutMs = 10000;
        int idleTimeoutMs = 60000;
    };
    // Builds the whole HTTP response for a refusal (status line to body).
    using Refusal =
        std::function<QByteArray(Problem problem, const QString &detail, const QByteArray &path)>;

    // Becomes a child of `socket`; call before anyone else connects to it.
    static void attach(QTcpSocket *socket, const Limits &limits, Refusal refusal);

private:
    ConnectionGuard(QTcpSocket *socket, const Limits &limits, Refusal refusal);
    void onReadyRead();
    void refuse(Problem problem, const QString &detail = {});
    void drain();

    QTcpSocket *m_socket;
    Limits m_limits;
    Refusal m_refusal;
    RequestFraming m_framing;
    QTimer *m_headerTimer;
    QTimer *m_idleTimer;
    bool m_refused = false;
    qint64 m_drained = 0;
};

} // namespace pd::server
