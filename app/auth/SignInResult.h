#pragma once

#include "common/ApiError.h"

#include <QJsonDocument>
#include <QStringList>

#include <optional>

namespace pd {

// A sign-in or refresh answer: a token set, or a two-factor challenge.
struct SignInResult {
    enum class Status { Authenticated, MfaRequired };

    Status status = Status::Authenticated;
    // Authenticated
    QString accessToken;
    QString refreshToken;
    QString sessionId;
    QString accountId; // empty from a server that does not say
    // MfaRequired
    QString challengeId;
    QStringList methods;
    // Seconds the access token (or the challenge) stays valid.
    int expiresIn = 0;

    // `allowChallenge` false: only a token set is acceptable (TOTP, refresh).
    static std::optional<SignInResult> fromJson(const QJsonDocument &document, bool allowChallenge,
                                                ApiError *error);
};

} // namespace pd
