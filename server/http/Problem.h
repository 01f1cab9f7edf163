#pragma once

#include <QByteArray>
#include <QString>

namespace pd::server {

// The stable error catalogue of the API (docs/api/conventions.md). Clients
// switch on the slug, so a value here is never renamed once shipped.
enum class Problem {
    BadRequest,
    ValidationFailed,
    Unauthenticated,
    InvalidCredentials,
    MfaChallengeInvalid,
    RefreshTokenInvalid,
    RefreshTokenReused,
    OidcTokenInvalid,
    ReauthenticationRequired,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Conflict,
    IdempotencyKeyReused,
    IdempotencyKeyMissing,
    PreconditionFailed,
    PreconditionRequired,
    PayloadTooLarge,
    RangeNotSatisfiable,
    RateLimited,
    TooManySignInAttempts,
    InternalError,
    ConfirmationCodeInvalid,
    IdentityNotLinked,
    Unavailable,
};

struct ProblemInfo {
    const char *slug;
    int status;
    const char *title;
};

ProblemInfo problemInfo(Problem problem);
QString problemTypeUri(Problem problem);

} // namespace pd::server
