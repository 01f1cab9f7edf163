#pragma once

#include "auth/Jwk.h"

#include <QJsonObject>
#include <QList>

namespace pd::server {

// The usable keys of a JWKS document (`{"keys": [...]}`); keys this server
// cannot or must not use are skipped, not errors.
class JwkSet
{
public:
    static JwkSet fromJson(const QJsonObject &jwks);

    bool isEmpty() const { return m_keys.isEmpty(); }
    qsizetype size() const { return m_keys.size(); }
    void append(const Jwk &key) { m_keys.append(key); }

    // With a key id: that key when its algorithm matches. Without one (a
    // single-key issuer may omit `kid`): every key of the algorithm.
    QList<Jwk> candidates(const QString &keyId, Jwk::Algorithm algorithm) const;
    bool containsKeyId(const QString &keyId) const;

private:
    QList<Jwk> m_keys;
};

} // namespace pd::server
