#pragma once

#include "auth/AuthServices.h"
#include "auth/ClientInfo.h"
#include "http/HttpResponse.h"

namespace pd::server {

struct AccountRecord;

// The last step every successful sign-in shares (password, password+TOTP,
// OpenID Connect): a new session, its first tokens, the log row.
class SessionOpener
{
public:
    explicit SessionOpener(const AuthServices &services);

    // `authMethod` is stored with the session: password, password+totp, oidc.
    HttpResponse open(const AccountRecord &account, const ClientInfo &client,
                      const QString &authMethod) const;

private:
    const AuthServices &m_services;
};

} // namespace pd::server
