#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace pd::server {

// The client's address behind reverse proxies or load balancers that the
// operator trusts (--trusted-proxy): their X-Forwarded-For names the client,
// so that rate limits, sign-in throttling and the Devices page see each user
// rather than the proxy. Anyone else's X-Forwarded-For is ignored: a client
// must not pick the address it is throttled under.
class ForwardedFor
{
public:
    using Subnet = QPair<QHostAddress, int>;

    // "ADDRESS" or "ADDRESS/PREFIX"; false when it is neither.
    static bool parseSubnet(const QString &text, Subnet *subnet);
    // An IPv4 peer on a dual-stack socket arrives as ::ffff:a.b.c.d; this is
    // the plain IPv4 address then, so that one client has one spelling.
    static QHostAddress unmapped(const QHostAddress &address);

    explicit ForwardedFor(QList<Subnet> trustedProxies = {});

    bool isEmpty() const { return m_trusted.isEmpty(); }
    // `peer` unless it is a trusted proxy; then the right-most address of
    // the X-Forwarded-For headers among `headers` (names lower-cased) that is
    // not itself a trusted proxy, or `peer` when there is none or an entry
    // is not an address.
    QHostAddress clientAddress(const QHostAddress &peer,
                               const QList<QPair<QByteArray, QByteArray>> &headers) const;

private:
    bool isTrusted(const QHostAddress &address) const;

    QList<Subnet> m_trusted;
};

} // namespace pd::server
