#pragma once

#include "Fault.h"

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslServer>
#include <QUrl>

#include <array>

namespace pd::test {

// An HTTPS reverse proxy on 127.0.0.1 between a client and the reference
// backend that, at random but from a seed, drops, delays, truncates,
// corrupts and stalls answers and answers 5xx and 429 itself.
//
// It terminates TLS with the backend's own certificate (the backend's
// development CA signs it for 127.0.0.1), so the client keeps full
// verification against that CA, and talks TLS, verified, to the backend:
// the faults are HTTP-level, which a TCP relay could not inject. What it
// corrupts is syntax a client can notice (the status line, the JSON's
// structure): a changed byte inside a value would parse as a true answer,
// and on a real network TLS makes such a change a dropped connection.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    // Relative weights of each fault; None takes what is left of 1000.
    using Weights = std::array<int, kFaultKinds>;
    static Weights defaultWeights();

    explicit FaultProxy(quint32 seed, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Presents `certificatePath`/`keyPath` to clients and forwards to
    // `upstream` (https://127.0.0.1:port), verifying it with `upstreamCaPath`.
    bool listen(const QString &certificatePath, const QString &keyPath, const QUrl &upstream,
                const QString &upstreamCaPath, QString *error);
    QUrl origin() const;
    quint32 seed() const { return m_seed; }

    void setWeights(const Weights &weights) { m_weights = weights; }
    // The longest delay or stall drawn (keep it under the client's transfer
    // timeout, or the client gives up and the soak waits for it).
    void setMaxDelayMs(int ms) { m_maxDelayMs = ms; }
    // The longest Retry-After sent with a 429 or 503, in seconds.
    void setMaxRetryAfterSeconds(int seconds) { m_maxRetryAfterSeconds = seconds; }
    // The next exchanges get these faults, in order, before random ones
    // resume (the proxy's own test makes each kind happen).
    void force(const QList<Fault> &faults) { m_forced = faults; }

    // How often each fault was injected, and exchanges seen and forwarded.
    int injected(Fault fault) const { return m_injected.at(size_t(fault)); }
    int exchanges() const { return m_exchanges; }
    int forwarded() const { return m_forwarded; }
    // "delay=3 drop-request=1 ..." for a test's output.
    QString summary() const;

    // For FaultProxyConnection.
    FaultDecision decide();
    const QSslConfiguration &upstreamTls() const { return m_upstreamTls; }
    const QUrl &upstream() const { return m_upstream; }
    void countForwarded() { ++m_forwarded; }

Q_SIGNALS:
    // Emitted as a fault takes effect: `fault` is Delay or Stall when the
    // answer is held back (the client has had none, or only part, of it), any
    // other kind when it was dealt.
    void injectedFault(pd::test::Fault fault);
    // A held-back answer was released.
    void released(pd::test::Fault fault);

private:
    void accept();

    quint32 m_seed;
    QRandomGenerator m_random;
    Weights m_weights;
    int m_maxDelayMs = 1500;
    int m_maxRetryAfterSeconds = 2;
    QList<Fault> m_forced;
    std::array<int, kFaultKinds> m_injected{};
    int m_exchanges = 0;
    int m_forwarded = 0;
    QSslServer m_server;
    QSslConfiguration m_upstreamTls;
    QUrl m_upstream;
};

} // namespace pd::test
