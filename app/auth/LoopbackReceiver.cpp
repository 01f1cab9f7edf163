#include "auth/LoopbackReceiver.h"

#include "auth/AuthLog.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QOAuthHttpServerReplyHandler>
#include <QTimer>
#include <QVariantMap>

namespace pd {

namespace {
const QString kPath = QStringLiteral("callback");

bool isAuthorizationResponse(const QVariantMap &values)
{
    return values.contains(QStringLiteral("state")) || values.contains(QStringLiteral("code")) ||
           values.contains(QStringLiteral("error"));
}
} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
{}

namespace {
// How long a closed listener's last answer may take to reach the browser.
constexpr std::chrono::seconds kAnswerGrace{5};

// Stops listening now, but lets the handler finish writing the page it is
// answering: destroyed with its owner, it would cut the browser off
// mid-answer (the user would see "connection refused"). The application
// holds it meanwhile, so one retired less than the grace before the app
// quits is still deleted (LeakSanitizer found those leaking).
void retire(QOAuthHttpServerReplyHandler *handler)
{
    handler->close();
    handler->disconnect();
    handler->setParent(QCoreApplication::instance());
    QTimer::singleShot(kAnswerGrace, handler, [handler] { delete handler; });
}
} // namespace

LoopbackReceiver::~LoopbackReceiver()
{
    if (m_handler)
        retire(m_handler);
}

bool LoopbackReceiver::listen()
{
    if (m_handler) {
        retire(m_handler);
        m_handler = nullptr;
    }
    m_redirectUri.clear();
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, this);
    if (!m_handler->isListening()) {
        qCWarning(lcAuth) << "no loopback port for the sign-in callback";
        delete m_handler;
        m_handler = nullptr;
        return false;
    }
    m_handler->setCallbackPath(kPath);
    // Kept: the token request must repeat it after the listener has closed.
    m_redirectUri.setScheme(QStringLiteral("http"));
    m_redirectUri.setHost(QStringLiteral("127.0.0.1"));
    m_redirectUri.setPort(m_handler->port());
    m_redirectUri.setPath(QLatin1Char('/') + kPath);
    connect(m_handler, &QOAuthHttpServerReplyHandler::callbackReceived, this,
            [this](const QVariantMap &values) {
                if (!isAuthorizationResponse(values))
                    return;
                QUrlQuery query;
                for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                    query.addQueryItem(it.key(), it.value().toString());
                Q_EMIT callbackReceived(query);
            });
    return true;
}

bool LoopbackReceiver::isListening() const
{
    return m_handler && m_handler->isListening();
}

QUrl LoopbackReceiver::redirectUri() const
{
    return m_redirectUri;
}

void LoopbackReceiver::setPageText(const QString &text)
{
    if (m_handler)
        m_handler->setCallbackText(text.toHtmlEscaped());
}

void LoopbackReceiver::close()
{
    if (m_handler)
        m_handler->close();
}

} // namespace pd
