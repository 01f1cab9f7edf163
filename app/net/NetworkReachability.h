#pragma once

#include <QObject>

namespace pd {

// Tells when the computer's network comes back (QNetworkInformation's
// reachability, when the platform has a backend for it): requests waiting
// in the outbox are then sent at once instead of at their next backoff step.
// Without a backend it never fires, and the backoff alone resends them.
class NetworkReachability : public QObject
{
    Q_OBJECT
public:
    explicit NetworkReachability(QObject *parent = nullptr);

    // Whether the platform reports reachability at all.
    bool isSupported() const { return m_supported; }

public Q_SLOTS:
    // Fed by QNetworkInformation; a test may call it to simulate a change.
    void setOnline(bool online);

Q_SIGNALS:
    // The network went from unreachable (or unknown) to reachable.
    void cameOnline();

private:
    bool m_supported = false;
    bool m_online = true;
};

} // namespace pd
