#include "ForwardedFor.h"

namespace pd::server {

QHostAddress ForwardedFor::unmapped(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

bool ForwardedFor::parseSubnet(const QString &text, Subnet *subnet)
{
    if (text.contains(QLatin1Char('/'))) {
        const Subnet parsed = QHostAddress::parseSubnet(text);
        if (parsed.first.isNull())
            return false;
        *subnet = parsed;
        return true;
    }
    const QHostAddress address(text);
    if (address.isNull())
        return false;
    *subnet = {address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
    return true;
}

ForwardedFor::ForwardedFor(QList<Subnet> trustedProxies)
    : m_trusted(std::move(trustedProxies))
{}

bool ForwardedFor::isTrusted(const QHostAddress &address) const
{
    const QHostAddress plain = unmapped(address);
    for (const Subnet &subnet : m_trusted) {
        if (plain.isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress ForwardedFor::clientAddress(const QHostAddress &peer,
                                         const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    if (m_trusted.isEmpty() || !isTrusted(peer))
        return peer;
    // Several headers are one list, in order (RFC 9110, 5.3).
    QByteArray forwardedFor;
    for (const auto &[name, value] : headers) {
        if (name == "x-forwarded-for")
            forwardedFor += (forwardedFor.isEmpty() ? QByteArray() : QByteArray(",")) + value;
    }
    // Right to left: each trusted proxy appended the address it got the
    // request from; the first one no trusted proxy accounts for is the
    // client (anything further left the client may have made up).
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QByteArray hop = it->trimmed();
        if (hop.isEmpty())
            continue;
        const QHostAddress address(QString::fromLatin1(hop));
        if (address.isNull())
            return peer;
        if (!isTrusted(address))
            return unmapped(address);
    }
    return peer;
}

} // namespace pd::server
