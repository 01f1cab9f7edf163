#pragma once

#include "auth/LoopbackListenerFactory.h"

#include <QObject>

namespace pd {

// The sign-in module: LoopbackListenerFactory on QtNetworkAuth's
// QOAuthHttpServerReplyHandler. Built as a plugin of its own (pd_sso), never
// linked into the app.
class QtNetworkAuthListenerFactory : public QObject, public LoopbackListenerFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PD_LOOPBACK_LISTENER_FACTORY_IID)
    Q_INTERFACES(pd::LoopbackListenerFactory)
public:
    std::unique_ptr<LoopbackListener>
    listen(const QString &path, LoopbackListener::Callback onCallback, QObject *parent) override;
};

} // namespace pd
