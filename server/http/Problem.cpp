#include "Problem.h"

#include <array>

namespace pd::server {

namespace {
constexpr std::array kProblems{
    ProblemInfo{"bad-request", 400, "The request is malformed"},
    ProblemInfo{"validation-failed", 422, "Some fields are invalid"},
    ProblemInfo{"unauthenticated", 401, "Authentication is required"},
    ProblemInfo{"invalid-credentials", 401, "The credentials are not valid"},
    ProblemInfo{"mfa-challenge-invalid", 401, "The two-factor challenge is unknown or expired"},
    ProblemInfo{"refresh-token-invalid", 401, "The refresh token is not valid"},
    ProblemInfo{"refresh-token-reused", 401, "The refresh token was already used"},
    ProblemInfo{"oidc-token-invalid", 401, "The identity token could not be verified"},
    ProblemInfo{"reauthentication-required", 403, "Please confirm it is you"},
    ProblemInfo{"forbidden", 403, "This action is not allowed"},
    ProblemInfo{"not-found", 404, "Not found"},
    ProblemInfo{"method-not-allowed", 405, "Method not allowed"},
    ProblemInfo{"conflict", 409, "The resource is in a conflicting state"},
    ProblemInfo{"idempotency-key-reused", 422, "The Idempotency-Key was used for another request"},
    ProblemInfo{"idempotency-key-missing", 400, "The Idempotency-Key header is required"},
    ProblemInfo{"precondition-failed", 412, "The resource has changed"},
    ProblemInfo{"precondition-required", 428, "An If-Match header is required"},
    ProblemInfo{"payload-too-large", 413, "The request body is too large"},
    ProblemInfo{"range-not-satisfiable", 416, "The requested range is not satisfiable"},
    ProblemInfo{"rate-limited", 429, "Too many requests"},
    ProblemInfo{"too-many-sign-in-attempts", 429, "Too many sign-in attempts"},
    ProblemInfo{"internal-error", 500, "Internal server error"},
    ProblemInfo{"confirmation-code-invalid", 422, "The confirmation code is not correct"},
    ProblemInfo{"identity-not-linked", 401, "This sign-in is not linked to an account"},
    ProblemInfo{"unavailable", 503, "The service is unavailable"},
};
static_assert(kProblems.size() == static_cast<std::size_t>(Problem::Unavailable) + 1);
} // namespace

ProblemInfo problemInfo(Problem problem)
{
    return kProblems.at(static_cast<std::size_t>(problem));
}

QString problemTypeUri(Problem problem)
{
    return QStringLiteral("urn:privacy-dashboard:problem:") +
           QLatin1String(problemInfo(problem).slug);
}

} // namespace pd::server
