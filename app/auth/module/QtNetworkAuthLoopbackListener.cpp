#include "QtNetworkAuthLoopbackListener.h"

#include <QCoreApplication>
#include <QOAuthHttpServerReplyHandler>
#include <QTimer>

namespace pd {

namespace {
// How long a closed listener's last answer may take to reach the browser.
constexpr std::chrono::seconds kAnswerGrace{5};
} // namespace

QtNetworkAuthLoopbackListener::QtNetworkAuthLoopbackListener(QOAuthHttpServerReplyHandler *handler)
    : m_handler(handler)
{}

// Stops listening now, but lets the handler finish writing the page it is
// answering: destroyed with its owner, it would cut the browser off
// mid-answer (the user would see "connection refused"). The application
// holds it meanwhile, so one retired less than the grace before the app
// quits is still deleted (LeakSanitizer found those leaking).
QtNetworkAuthLoopbackListener::~QtNetworkAuthLoopbackListener()
{
    QOAuthHttpServerReplyHandler *handler = m_handler;
    handler->close();
    handler->disconnect();
    handler->setParent(QCoreApplication::instance());
    QTimer::singleShot(kAnswerGrace, handler, [handler] { delete handler; });
}

bool QtNetworkAuthLoopbackListener::isListening() const
{
    return m_handler->isListening();
}

quint16 QtNetworkAuthLoopbackListener::port() const
{
    return m_handler->port();
}

void QtNetworkAuthLoopbackListener::setCallbackText(const QString &html)
{
    m_handler->setCallbackText(html);
}

void QtNetworkAuthLoopbackListener::close()
{
    m_handler->close();
}

} // namespace pd
