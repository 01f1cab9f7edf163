#pragma once

#include "api/ApiRequest.h"
#include "common/ApiResult.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace pd {

// Changing the sign-in email, as the server does it: the new address is
// sent with the profile's entity tag (after a recent re-authentication) and
// only takes effect once the code mailed to it is entered. The requests and
// the reading of their answers live here, so dialogs never name endpoints.
class EmailChange
{
public:
    struct Pending {
        QString email;
        int attemptsLeft = 0;
    };

    // GET the profile (its ETag and any pending change).
    static ApiRequest loadProfile();
    // Asks for `newEmail`: answered 202 with the pending change, or 403
    // reauthentication-required.
    static ApiRequest start(const QString &newEmail, const QByteArray &etag);
    static ApiRequest confirm(const QString &code);
    static ApiRequest resend();
    static ApiRequest cancel();

    // The change waiting for its code, from a profile document.
    static std::optional<Pending> pendingFrom(const QJsonDocument &profile);
    static QString emailFrom(const QJsonDocument &profile);

    enum class Outcome {
        Done,                   // the request did what it asked
        ReauthenticationNeeded, // confirm it is you, then send it again
        WrongCode,              // the code is not the one mailed
        NoPendingChange,        // expired, used up or cancelled meanwhile
        AddressTaken,           // another account has the address
        ProfileChanged,         // the ETag was stale: load the profile again
        Failed,                 // anything else: ApiError's message
    };
    static Outcome outcomeOf(const ApiResult &result);
};

} // namespace pd
