#include "JwkSet.h"

#include <QJsonArray>

namespace pd::server {

JwkSet JwkSet::fromJson(const QJsonObject &jwks)
{
    JwkSet set;
    for (const QJsonValue &value : jwks.value(QStringLiteral("keys")).toArray()) {
        if (const std::optional<Jwk> key = Jwk::fromJson(value.toObject()))
            set.m_keys.append(*key);
    }
    return set;
}

QList<Jwk> JwkSet::candidates(const QString &keyId, Jwk::Algorithm algorithm) const
{
    QList<Jwk> matching;
    for (const auto &key : m_keys) {
        if (key.algorithm() == algorithm && (keyId.isEmpty() || key.keyId() == keyId))
            matching.append(key);
    }
    return matching;
}

bool JwkSet::containsKeyId(const QString &keyId) const
{
    for (const auto &key : m_keys) {
        if (key.keyId() == keyId)
            return true;
    }
    return false;
}

} // namespace pd::server
