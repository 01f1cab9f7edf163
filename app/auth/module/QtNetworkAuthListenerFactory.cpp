#include "QtNetworkAuthListenerFactory.h"

#include "QtNetworkAuthLoopbackListener.h"

#include <QHostAddress>
#include <QOAuthHttpServerReplyHandler>

namespace pd {

std::unique_ptr<LoopbackListener>
QtNetworkAuthListenerFactory::listen(const QString &path, LoopbackListener::Callback onCallback,
                                     QObject *parent)
{
    // Qt's handler listens on every interface unless told otherwise; bound
    // to the loopback address, nothing on the network can reach it.
    auto *handler =
        new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent);
    if (!handler->isListening()) {
        delete handler;
        return nullptr;
    }
    handler->setCallbackPath(path);
    QObject::connect(handler, &QOAuthHttpServerReplyHandler::callbackReceived, handler,
                     std::move(onCallback));
    return std::make_unique<QtNetworkAuthLoopbackListener>(handler);
}

} // namespace pd
