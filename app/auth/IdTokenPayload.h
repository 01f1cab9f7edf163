#pragma once

#include "common/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace pd {

// The claims of an ID token as the app reads them before handing the token
// to the backend. The app does not check the signature (the backend does,
// against the provider's keys); it checks that the token belongs to this
// sign-in attempt, so a token injected from another attempt or another
// client is refused before it is used (OpenID Connect Core §3.1.3.7).
struct IdTokenPayload {
    QString issuer;
    QStringList audiences;
    QString authorizedParty;
    QString nonce;
    QString subject;
    QDateTime expiresAt;

    static std::optional<IdTokenPayload> decode(const QByteArray &idToken, ApiError *error);
    // Empty when the token fits; else what is wrong (for the log, not users).
    QString mismatch(const QString &expectedIssuer, const QString &clientId,
                     const QString &expectedNonce, const QDateTime &now) const;
};

} // namespace pd
