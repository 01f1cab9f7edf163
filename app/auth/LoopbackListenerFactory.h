#pragma once

#include "auth/LoopbackListener.h"

#include <QtPlugin>

#include <memory>

class QObject;

namespace pd {

// The sign-in module's interface: QtNetworkAuth's loopback listener behind a
// Qt plugin (module "sso", see core/ModuleLoader.h), so that the app loads
// QtNetworkAuth only when a single sign-on first waits for the browser.
class LoopbackListenerFactory
{
public:
    virtual ~LoopbackListenerFactory() = default;
    // A listener on 127.0.0.1, on a port the system picks, calling
    // `onCallback` for each request to /`path`; its QObject is a child of
    // `parent` while the listener lives. Null when no port could be opened.
    virtual std::unique_ptr<LoopbackListener>
    listen(const QString &path, LoopbackListener::Callback onCallback, QObject *parent) = 0;
};

} // namespace pd

#define PD_LOOPBACK_LISTENER_FACTORY_IID "org.privacydashboard.LoopbackListenerFactory/1.0"
Q_DECLARE_INTERFACE(pd::LoopbackListenerFactory, PD_LOOPBACK_LISTENER_FACTORY_IID)
