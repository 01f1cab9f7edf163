#pragma once

#include "diagnostics/DiagnosisReport.h"
#include "net/ServerProfile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QSslCertificate;
class QSslSocket;

namespace pd {

class ApiClient;

// Checks why a server does (not) work: whether the address is allowed, the
// host reachable, the TLS handshake (protocol, certificate chain,
// verification, pin), the discovery document, the round-trip time and the
// clock difference against the server's Date header. Never sends credentials.
class Diagnoser : public QObject
{
    Q_OBJECT
public:
    explicit Diagnoser(QObject *parent = nullptr);
    ~Diagnoser() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // `caFile` and `pin` as in a server profile (empty for none).
    void run(const QUrl &url, const QString &caFile = {}, const QByteArray &pin = {});

    static DiagnosisReport::Certificate describe(const QSslCertificate &certificate);
    static QString protocolName(int protocol);

Q_SIGNALS:
    void finished(const pd::DiagnosisReport &report);

private:
    void probeConnection();
    void onEncrypted();
    void onSocketError();
    void fetchDiscovery();
    void finish();

    ServerProfile m_profile;
    DiagnosisReport m_report;
    QPointer<QSslSocket> m_socket;
    ApiClient *m_client = nullptr;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    std::chrono::milliseconds m_timeout{15000};
    bool m_running = false;
};

} // namespace pd
