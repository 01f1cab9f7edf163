#include "OidcNonceStore.h"

#include "auth/TokenService.h"
#include "db/Database.h"

#include <QSqlQuery>

namespace pd::server {

namespace {
// Used nonces are kept past their expiry only as long as a token naming
// them could still be valid (ID tokens live minutes; the leeway is 60 s).
constexpr qint64 kKeepUsedMs = 24 * 60 * 60 * 1000;
} // namespace

OidcNonceStore::OidcNonceStore(const Database &db)
    : m_db(db)
{}

QString OidcNonceStore::issue(qint64 nowMs) const
{
    m_db.run(QStringLiteral("DELETE FROM oidc_nonces WHERE expires_at <= ?"),
             {nowMs - kKeepUsedMs});
    const QString nonce = TokenService::randomToken();
    m_db.run(QStringLiteral("INSERT INTO oidc_nonces (nonce_hash, expires_at) VALUES (?, ?)"),
             {TokenService::hash(nonce), nowMs + qint64(kLifetimeSeconds) * 1000});
    return nonce;
}

bool OidcNonceStore::consume(const QString &nonce, qint64 nowMs) const
{
    if (nonce.isEmpty() || nonce.size() > 512)
        return false;
    const QSqlQuery used =
        m_db.run(QStringLiteral("UPDATE oidc_nonces SET used_at = ?"
                                " WHERE nonce_hash = ? AND used_at IS NULL AND expires_at > ?"),
                 {nowMs, TokenService::hash(nonce), nowMs});
    return used.numRowsAffected() == 1;
}

} // namespace pd::server
