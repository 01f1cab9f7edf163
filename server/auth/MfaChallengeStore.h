#pragma once

#include "auth/ClientInfo.h"

#include <QString>

#include <optional>

namespace pd::server {

class Database;

struct MfaChallenge {
    QString id;
    QString accountId;
    ClientInfo client;  // of the password step, carried into the session
    QString authMethod; // how the first step was passed: password or oidc
};

// Two-factor challenges: the half-finished sign-in between a correct
// password (or a verified single sign-on) and a correct TOTP code.
class MfaChallengeStore
{
public:
    static constexpr int kLifetimeSeconds = 5 * 60;
    static constexpr int kMaxAttempts = 5;

    explicit MfaChallengeStore(const Database &db);

    QString create(const QString &accountId, const ClientInfo &client, qint64 nowMs,
                   const QString &authMethod = QStringLiteral("password")) const;
    // The challenge when it exists, is unused, unexpired and has attempts left.
    std::optional<MfaChallenge> open(const QString &id, qint64 nowMs) const;
    void recordFailure(const QString &id) const;
    // Marks it used; false when a concurrent request did so first.
    bool consume(const QString &id, qint64 nowMs) const;

private:
    const Database &m_db;
};

} // namespace pd::server
