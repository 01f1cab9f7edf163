#include "IoLoop.h"

namespace pd::server {

IoLoop::IoLoop(int index)
    : m_context(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("io-%1").arg(index));
    m_context->moveToThread(&m_thread);
}

IoLoop::~IoLoop()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_context.get(),
            [this] {
                delete m_stack;
                m_stack = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

bool IoLoop::start(const ServerStack::Shared &shared, qintptr listeningDescriptor, QString *error)
{
    m_thread.start();
    bool started = false;
    QMetaObject::invokeMethod(
        m_context.get(),
        [&] {
            m_stack = new ServerStack(shared);
            started = m_stack->start(listeningDescriptor, error);
        },
        Qt::BlockingQueuedConnection);
    return started;
}

} // namespace pd::server
