#pragma once

#include "auth/AuthServices.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

namespace pd::server {

class HttpRouter;

// The signed-in account's sessions: sign-out, the session list, revoking one
// or all, and the security overview.
class SessionRoutes
{
public:
    explicit SessionRoutes(const AuthServices &services);
    void registerRoutes(HttpRouter &router);

private:
    HttpResponse signOut(const HttpRequest &request);
    HttpResponse list(const HttpRequest &request);
    HttpResponse revoke(const HttpRequest &request);
    HttpResponse revokeAll(const HttpRequest &request);
    HttpResponse security(const HttpRequest &request);
    bool recentlyReauthenticated(const AuthContext &caller) const;

    const AuthServices &m_services;
};

} // namespace pd::server
