#pragma once

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QOAuthHttpServerReplyHandler;

namespace pd {

// Receives the browser's redirect at the end of an authorization (RFC 8252
// §7.3): an HTTP listener on 127.0.0.1 only, on a port the system picks,
// for one valid callback. Qt's handler listens on every interface unless
// told otherwise; bound to the loopback address, nothing on the network can
// reach it. Requests without any authorization-response parameter (a
// browser's favicon request) are answered and ignored.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // False when no loopback port could be opened.
    bool listen();
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
    QOAuthHttpServerReplyHandler *m_handler = nullptr;
    QUrl m_redirectUri;
};

} // namespace pd
