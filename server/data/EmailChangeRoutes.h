#pragma once

#include "Profile.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "kernel/ServerContext.h"

#include <QJsonObject>

namespace pd::server {

class HttpRouter;

// The second half of changing the sign-in email: PATCH /profile with a new
// `email` (after re-authentication) only mails a code to the new address;
// /profile/email-change/confirm with that code makes the change, resend
// mails a new code, DELETE cancels. Until confirmed, the old address stays
// the sign-in name, so a stolen access token alone cannot move the account
// to an address its thief owns.
class EmailChangeRoutes
{
public:
    explicit EmailChangeRoutes(const ServerContext &context)
        : m_context(context)
    {}
    void registerRoutes(HttpRouter &router) const;

    // The profile as the API shows it: with `pending_email`.
    static QJsonObject profileJson(const ServerContext &context, const QString &accountId,
                                   const Profile &profile);
    // Starts a change to `newEmail` for the caller and mails the code and
    // the notice; false and *error (a response) when mail cannot be sent.
    static bool start(const ServerContext &context, const HttpRequest &request,
                      const QString &oldEmail, const QString &newEmail, HttpResponse *error);

private:
    HttpResponse confirm(const HttpRequest &request) const;
    HttpResponse resend(const HttpRequest &request) const;
    HttpResponse cancel(const HttpRequest &request) const;
    HttpResponse profileResponse(int status, const QString &accountId) const;

    const ServerContext &m_context;
};

} // namespace pd::server
