#pragma once

#include "Fault.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

class QSslSocket;

namespace pd::test {

class FaultProxy;

// One client connection of FaultProxy: reads HTTP/1.1 requests one at a
// time, forwards each (or not) over its own TLS connection to the backend,
// reads the whole answer and delivers it as the request's drawn fault says.
// Deletes itself when the client's connection ends.
class FaultProxyConnection : public QObject
{
    Q_OBJECT
public:
    FaultProxyConnection(QSslSocket *client, FaultProxy *proxy);
    ~FaultProxyConnection() override;

private:
    void readClient();
    void nextRequest();
    void forward();
    void readUpstream();
    // The length of a complete answer at the start of m_answer; -1 while
    // incomplete.
    qsizetype completeAnswerLength() const;
    void deliver(QByteArray answer);
    void writeThen(const QByteArray &bytes, std::function<void()> next);
    void finishExchange(bool keepOpen);
    void reset();
    void closeGracefully();
    QByteArray synthetic(int status, int retryAfterSeconds) const;
    static QByteArray corrupt(QByteArray answer, quint32 pick);
    int cutAt(const QByteArray &answer, bool withinBody) const;

    FaultProxy *m_proxy;
    QSslSocket *m_client;
    QPointer<QSslSocket> m_upstream;
    QByteArray m_input;
    QByteArray m_request;
    bool m_headRequest = false;
    QByteArray m_answer;
    bool m_busy = false;
    bool m_closing = false;
    bool m_awaitingAnswer = false;
    std::function<void()> m_afterFlush;
    FaultDecision m_decision;
};

} // namespace pd::test
