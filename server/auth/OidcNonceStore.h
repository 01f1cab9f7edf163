#pragma once

#include <QString>

namespace pd::server {

class Database;

// Nonces the server hands out for OpenID Connect: an ID token is accepted
// only with a nonce issued here, unexpired and never used before, so a token
// captured elsewhere (another app, a log, a replay) cannot be exchanged.
// Only their hashes are stored.
class OidcNonceStore
{
public:
    static constexpr int kLifetimeSeconds = 10 * 60;

    explicit OidcNonceStore(const Database &db);

    QString issue(qint64 nowMs) const;
    // Marks the nonce used; false when unknown, expired or already used
    // (also against a concurrent request).
    bool consume(const QString &nonce, qint64 nowMs) const;

private:
    const Database &m_db;
};

} // namespace pd::server
