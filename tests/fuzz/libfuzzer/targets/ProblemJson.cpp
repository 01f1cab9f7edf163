// An error answer: the body through JsonGuard as a problem+json document of
// ours (with every status the client maps), its user message and log line;
// the first line also as a Retry-After header value.
#include "FuzzTargets.h"

#include "common/JsonGuard.h"
#include "net/ReplyErrors.h"

#include <QJsonObject>
#include <QTimeZone>

namespace pd::fuzz {

void problemJson(QByteArrayView input)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'780'000'000, QTimeZone::utc());
    const qsizetype newline = input.indexOf('\n');
    const QByteArray firstLine = input.first(newline < 0 ? input.size() : newline).toByteArray();
    const std::optional<int> retryAfter = ReplyErrors::parseRetryAfter(firstLine, now);
    require(!retryAfter || *retryAfter >= 0, "Retry-After is never negative");

    ApiError error;
    const std::optional<QJsonDocument> document = JsonGuard::parse(input.toByteArray(), &error);
    if (!document) {
        (void)error.userMessage();
        return;
    }
    for (const int status : {400, 401, 403, 404, 409, 412, 413, 422, 429, 500, 503}) {
        const std::optional<ApiError> problem = ApiError::fromProblem(status, document->object());
        if (!problem)
            continue;
        require(problem->kind() == ApiError::Kind::Problem && !problem->slug().isEmpty(),
                "a problem has a slug");
        require(!problem->retryAfterSeconds() || *problem->retryAfterSeconds() >= 0,
                "retry_after is never negative");
        require(!problem->userMessage().isEmpty(), "a problem has a user message");
        (void)problem->logSummary();
    }
}

} // namespace pd::fuzz
