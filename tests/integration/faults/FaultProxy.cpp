#include "FaultProxy.h"

#include "FaultProxyConnection.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>
#include <QStringList>

namespace pd::test {

FaultProxy::Weights FaultProxy::defaultWeights()
{
    // About one exchange in three goes wrong; the ones that cost the client
    // time (delays, stalls, 429's Retry-After) are rarer than the ones it
    // notices at once.
    Weights weights{};
    weights[size_t(Fault::Delay)] = 60;
    weights[size_t(Fault::DropRequest)] = 40;
    weights[size_t(Fault::DropResponse)] = 50;
    weights[size_t(Fault::Truncate)] = 40;
    weights[size_t(Fault::Corrupt)] = 40;
    weights[size_t(Fault::Stall)] = 30;
    weights[size_t(Fault::ServerError)] = 50;
    weights[size_t(Fault::TooManyRequests)] = 20;
    return weights;
}

FaultProxy::FaultProxy(quint32 seed, QObject *parent)
    : QObject(parent)
    , m_seed(seed)
    , m_random(seed)
    , m_weights(defaultWeights())
{
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen(const QString &certificatePath, const QString &keyPath,
                        const QUrl &upstream, const QString &upstreamCaPath, QString *error)
{
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = keyPath + QStringLiteral(": ") + keyFile.errorString();
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa);
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath);
    const QList<QSslCertificate> authorities = QSslCertificate::fromPath(upstreamCaPath);
    if (key.isNull() || chain.isEmpty() || authorities.isEmpty()) {
        *error = QStringLiteral("unreadable key, certificate or CA");
        return false;
    }
    QSslConfiguration serving = QSslConfiguration::defaultConfiguration();
    serving.setLocalCertificateChain(chain);
    serving.setPrivateKey(key);
    serving.setPeerVerifyMode(QSslSocket::VerifyNone);
    serving.setProtocol(QSsl::TlsV1_2OrLater);
    // The proxy reads HTTP/1.1 only; a client offering h2 settles on it.
    serving.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    m_server.setSslConfiguration(serving);

    m_upstreamTls = QSslConfiguration::defaultConfiguration();
    m_upstreamTls.setCaCertificates(authorities);
    m_upstreamTls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_upstreamTls.setProtocol(QSsl::TlsV1_2OrLater);
    m_upstreamTls.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    m_upstream = upstream;

    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

QUrl FaultProxy::origin() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
}

QString FaultProxy::summary() const
{
    QStringList parts;
    for (int kind = 0; kind < kFaultKinds; ++kind)
        parts << faultName(Fault(kind)) + u'=' + QString::number(m_injected.at(size_t(kind)));
    return parts.join(u' ');
}

FaultDecision FaultProxy::decide()
{
    ++m_exchanges;
    FaultDecision decision;
    // Every draw happens whatever the fault, so that the sequence of fates
    // depends on the seed and the number of exchanges only.
    const int roll = int(m_random.bounded(1000));
    decision.delayMs = 50 + int(m_random.bounded(quint32(qMax(1, m_maxDelayMs - 50))));
    decision.retryAfterSeconds = int(m_random.bounded(quint32(m_maxRetryAfterSeconds + 1)));
    decision.cutPermille = int(m_random.bounded(1000));
    static constexpr int kStatuses[] = {500, 502, 503};
    decision.status = kStatuses[m_random.bounded(3)];
    decision.forwardFirst = m_random.bounded(2) == 1;
    decision.corruptionPick = m_random.generate();
    if (!m_forced.isEmpty()) {
        decision.fault = m_forced.takeFirst();
    } else {
        int threshold = 0;
        for (int kind = 1; kind < kFaultKinds; ++kind) {
            threshold += m_weights.at(size_t(kind));
            if (roll < threshold) {
                decision.fault = Fault(kind);
                break;
            }
        }
    }
    ++m_injected[size_t(decision.fault)];
    return decision;
}

void FaultProxy::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *client = qobject_cast<QSslSocket *>(socket);
        if (!client) {
            socket->deleteLater();
            continue;
        }
        new FaultProxyConnection(client, this);
    }
}

} // namespace pd::test
