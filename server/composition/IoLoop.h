#pragma once

#include "ServerStack.h"

#include <QThread>

#include <memory>

namespace pd::server {

// A thread running an event loop with a ServerStack of its own. One loop
// did all the TLS handshakes, parsing, routing and JSON of the process: under
// 100 connections even the smallest answer waited for the others' (issue 13).
class IoLoop
{
public:
    explicit IoLoop(int index);
    // Destroys the stack on its thread, then ends the thread.
    ~IoLoop();
    IoLoop(const IoLoop &) = delete;
    IoLoop &operator=(const IoLoop &) = delete;

    // Starts the thread and builds the stack there (waiting for it);
    // `listeningDescriptor` is the stack's own copy of the listening socket.
    bool start(const ServerStack::Shared &shared, qintptr listeningDescriptor, QString *error);
    // An object living on the loop's thread: what is invoked on it runs on
    // the loop, between its requests (tests hold a loop this way).
    QObject *context() const { return m_context.get(); }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_context;
    ServerStack *m_stack = nullptr; // made and deleted on m_thread
};

} // namespace pd::server
