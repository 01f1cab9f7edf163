#pragma once

#include "auth/LoopbackListener.h"

class QOAuthHttpServerReplyHandler;

namespace pd {

// LoopbackListener on QtNetworkAuth's handler, in the sign-in module.
class QtNetworkAuthLoopbackListener : public LoopbackListener
{
public:
    // Takes over `handler`, already listening.
    explicit QtNetworkAuthLoopbackListener(QOAuthHttpServerReplyHandler *handler);
    ~QtNetworkAuthLoopbackListener() override;
    QtNetworkAuthLoopbackListener(const QtNetworkAuthLoopbackListener &) = delete;
    QtNetworkAuthLoopbackListener &operator=(const QtNetworkAuthLoopbackListener &) = delete;

    bool isListening() const override;
    quint16 port() const override;
    void setCallbackText(const QString &html) override;
    void close() override;

private:
    QOAuthHttpServerReplyHandler *m_handler;
};

} // namespace pd
