#pragma once

#include <QString>
#include <QVariantMap>

#include <functional>

namespace pd {

// An HTTP listener on 127.0.0.1 for the browser's redirect at the end of a
// single sign-on, made by the sign-in module (LoopbackListenerFactory).
// LoopbackReceiver decides what a callback means; this only listens and
// answers.
class LoopbackListener
{
public:
    // Called with the query values of every request to the callback path.
    using Callback = std::function<void(const QVariantMap &values)>;

    // Stops listening; a callback being answered still gets its page.
    virtual ~LoopbackListener() = default;

    virtual bool isListening() const = 0;
    virtual quint16 port() const = 0;
    // The page (HTML) the browser shows for the callback being answered.
    virtual void setCallbackText(const QString &html) = 0;
    // Stops listening (a callback being answered still gets its page).
    virtual void close() = 0;
};

} // namespace pd
