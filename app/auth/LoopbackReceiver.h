#pragma once

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace pd {

class LoopbackListener;

// Receives the browser's redirect at the end of an authorization (RFC 8252
// §7.3): an HTTP listener on 127.0.0.1 only, on a port the system picks,
// for one valid callback. Requests without any authorization-response
// parameter (a browser's favicon request) are answered and ignored. The
// listener is QtNetworkAuth's, in the sign-in module (LoopbackListenerFactory),
// loaded by the first listen(): the app's start never needs it.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // The module the listener is in (core/ModuleLoader.h).
    static QString moduleName() { return QStringLiteral("sso"); }

    // False when no loopback port could be opened, or the sign-in module is
    // missing (then moduleProblem() says why).
    bool listen();
    // Why the last listen() found no sign-in module (for logs, not
    // translated); empty when it was loaded.
    QString moduleProblem() const { return m_moduleProblem; }
    bool isListening() const;
    // http://127.0.0.1:<port>/callback of the last listen(), also after close().
    QUrl redirectUri() const;
    // The page the browser shows for the callback being answered now; set
    // from a callbackReceived() handler to describe its outcome.
    void setPageText(const QString &text);
    // Stops listening (a callback being answered still gets its page).
    void close();

Q_SIGNALS:
    void callbackReceived(const QUrlQuery &query);

private:
    // Destroyed, it stops listening but still answers the browser for a while.
    std::unique_ptr<LoopbackListener> m_listener;
    QUrl m_redirectUri;
    QString m_moduleProblem;
};

} // namespace pd
