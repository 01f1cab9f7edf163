#pragma once

#include "kernel/ServerContext.h"

namespace pd::server {

class AccountStore;
class MfaChallengeStore;
class OidcVerifier;
class PasswordChecks;
class SecurityLog;
class SessionStore;
class SignInThrottle;
class TokenService;

// The auth area's collaborators, owned by AuthModule and handed to the route
// classes as one bundle.
struct AuthServices {
    const ServerContext &context;
    const AccountStore &accounts;
    const SessionStore &sessions;
    const TokenService &tokens;
    const MfaChallengeStore &challenges;
    const SecurityLog &log;
    SignInThrottle &throttle;
    OidcVerifier &oidc;
    PasswordChecks &passwords;
};

} // namespace pd::server
