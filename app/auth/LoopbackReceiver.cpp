#include "auth/LoopbackReceiver.h"

#include "auth/AuthLog.h"
#include "auth/LoopbackListenerFactory.h"
#include "core/ModuleLoader.h"

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

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen()
{
    m_listener.reset();
    m_redirectUri.clear();
    m_moduleProblem.clear();
    auto *factory = ModuleLoader::load<LoopbackListenerFactory>(moduleName(), &m_moduleProblem);
    if (!factory) {
        qCWarning(lcAuth) << "no sign-in module for the sign-in callback";
        return false;
    }
    m_moduleProblem.clear();
    m_listener = factory->listen(
        kPath,
        [this](const QVariantMap &values) {
            if (!isAuthorizationResponse(values))
                return;
            QUrlQuery query;
            for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                query.addQueryItem(it.key(), it.value().toString());
            Q_EMIT callbackReceived(query);
        },
        this);
    if (!m_listener) {
        qCWarning(lcAuth) << "no loopback port for the sign-in callback";
        return false;
    }
    // Kept: the token request must repeat it after the listener has closed.
    m_redirectUri.setScheme(QStringLiteral("http"));
    m_redirectUri.setHost(QStringLiteral("127.0.0.1"));
    m_redirectUri.setPort(m_listener->port());
    m_redirectUri.setPath(QLatin1Char('/') + kPath);
    return true;
}

bool LoopbackReceiver::isListening() const
{
    return m_listener && m_listener->isListening();
}

QUrl LoopbackReceiver::redirectUri() const
{
    return m_redirectUri;
}

void LoopbackReceiver::setPageText(const QString &text)
{
    if (m_listener)
        m_listener->setCallbackText(text.toHtmlEscaped());
}

void LoopbackReceiver::close()
{
    if (m_listener)
        m_listener->close();
}

} // namespace pd
