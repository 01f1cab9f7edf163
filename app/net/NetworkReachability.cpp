#include "net/NetworkReachability.h"

#include "net/NetLog.h"

#include <QNetworkInformation>

namespace pd {

NetworkReachability::NetworkReachability(QObject *parent)
    : QObject(parent)
{
    // One process-wide instance, owned by Qt; loading it twice is harmless.
    m_supported =
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    QNetworkInformation *information = QNetworkInformation::instance();
    if (!m_supported || !information) {
        qCInfo(lcNet) << "no network reachability backend: waiting requests follow the backoff";
        return;
    }
    // Site and Local count: an on-premise server may be on the intranet only.
    const auto isOnline = [](QNetworkInformation::Reachability reachability) {
        return reachability == QNetworkInformation::Reachability::Online ||
               reachability == QNetworkInformation::Reachability::Site ||
               reachability == QNetworkInformation::Reachability::Local;
    };
    m_online = isOnline(information->reachability());
    connect(information, &QNetworkInformation::reachabilityChanged, this,
            [this, isOnline](QNetworkInformation::Reachability reachability) {
                setOnline(isOnline(reachability));
            });
}

void NetworkReachability::setOnline(bool online)
{
    const bool cameBack = online && !m_online;
    m_online = online;
    if (cameBack) {
        qCInfo(lcNet) << "network reachable again";
        Q_EMIT cameOnline();
    }
}

} // namespace pd
