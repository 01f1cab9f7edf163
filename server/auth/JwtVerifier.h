#pragma once

#include "auth/JwkSet.h"

#include <QByteArray>
#include <QString>

namespace pd::server {

// Verifies a compact-serialized OpenID Connect ID token (RFC 7519, OIDC Core
// §3.1.3.7): signature (RS256/ES256 only; "none" and HMAC are refused, and
// the key type must match the algorithm), `iss`, `aud` (and `azp`, required
// when there are several audiences), `exp`/`iat`/`nbf` with leeway, a
// subject, a verified email, and the presence of a `nonce`.
class JwtVerifier
{
public:
    struct Expectations {
        QString issuer;
        QString audience;
        qint64 nowSeconds = 0;
        int leewaySeconds = 60;
    };
    struct Claims {
        QString subject;
        QString email;
        QString nonce; // for the caller to match against the nonces it issued
    };
    struct Result {
        enum class Status { Valid, Invalid, UnknownKey } status = Status::Invalid;
        Claims claims;
        QString reason; // for diagnostics; names no person
        QString keyId;  // the token's `kid`
    };

    static constexpr qsizetype kMaxTokenBytes = 16 * 1024;

    static Result verify(const QByteArray &token, const JwkSet &keys, const Expectations &expect);
};

} // namespace pd::server
