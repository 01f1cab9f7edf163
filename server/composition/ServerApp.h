#pragma once

#include "ServerStack.h"
#include "kernel/ServerConfig.h"
#include "kernel/ServerContext.h"

#include <QObject>

#include <memory>
#include <vector>

class QTcpServer;
class QTextStream;

namespace pd::server {

class Database;
class ForwardedFor;
class IoLoop;
class PageReaders;
class PasswordChecks;
class RateLimiter;
class ReceiptKey;
class RequestsModule;
class ResponseRecorder;
class SystemClock;

// The composition root of the reference backend: builds the database, the
// clock and what the event loops share, listens, and starts the loops
// (IoLoop), each with a whole server of its own (ServerStack) accepting from
// the one listening socket. This thread runs the request schedule.
class ServerApp : public QObject
{
    Q_OBJECT
public:
    explicit ServerApp(ServerConfig config, QObject *parent = nullptr);
    ~ServerApp() override;

    // Opens and migrates the database, seeds, sets up TLS and listens.
    // Prints the documented start-up lines to `out`. False and *error on failure.
    bool start(QTextStream &out, QString *error);

    // The event loops answering requests; an object living on each one's
    // thread (tests hold a loop by running work there).
    int ioLoopCount() const { return int(m_loops.size()); }
    QObject *ioLoopContext(int index) const;

private:
    bool startLoops(QString *error);

    ServerConfig m_config;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PageReaders> m_pageReaders;
    std::unique_ptr<PasswordChecks> m_passwordChecks;
    std::unique_ptr<ReceiptKey> m_receiptKey;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<ResponseRecorder> m_recorder;
    std::unique_ptr<MailSink> m_mail;
    std::unique_ptr<ForwardedFor> m_forwardedFor;
    std::unique_ptr<RequestsModule> m_requests; // the schedule's, on this thread
    std::unique_ptr<QTcpServer> m_listener;     // listens; the loops accept
    ServerStack::Shared m_shared;
    // Last: stopped first, before anything they share goes.
    std::vector<std::unique_ptr<IoLoop>> m_loops;
};

} // namespace pd::server
