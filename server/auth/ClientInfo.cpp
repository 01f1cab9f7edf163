#include "ClientInfo.h"

#include "http/ForwardedFor.h"

#include <QHostAddress>

namespace pd::server {

namespace {

// The columns are NOT NULL and a null QString binds as NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool isLocalNetwork(const QHostAddress &address)
{
    if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast())
        return true;
    for (const char *subnet : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"}) {
        if (address.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet))))
            return true;
    }
    return false;
}

} // namespace

ClientInfo ClientInfo::fromRequest(const HttpRequest &request, const QString &deviceName)
{
    const QHostAddress address = ForwardedFor::unmapped(request.remoteAddress);
    ClientInfo info;
    info.ipAddress = address.toString();
    info.userAgent = nonNull(QString::fromUtf8(request.header("user-agent")).left(500).trimmed());
    info.deviceName = nonNull(deviceName.trimmed());
    // No GeoIP database ships with the reference backend, so public
    // addresses stay "Unknown" rather than guessed.
    info.location =
        isLocalNetwork(address) ? QStringLiteral("Local network") : QStringLiteral("Unknown");
    return info;
}

QString ClientInfo::deviceLabel() const
{
    return deviceName.isEmpty() ? QStringLiteral("Unknown device") : deviceName;
}

} // namespace pd::server
