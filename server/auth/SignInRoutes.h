#pragma once

#include "auth/AuthServices.h"
#include "auth/ClientInfo.h"
#include "auth/SessionOpener.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <future>

namespace pd::server {

class HttpRouter;

// POST /auth/password, /auth/totp and /auth/refresh.
class SignInRoutes
{
public:
    explicit SignInRoutes(const AuthServices &services);
    void registerRoutes(HttpRouter &router);

private:
    HttpResponse password(const HttpRequest &request);
    // The password step's end, after PBKDF2 against `checkedHash`: the
    // account (empty id: none) is looked up again.
    HttpResponse passwordChecked(bool passwordOk, const QString &accountId,
                                 const QString &checkedHash, const QString &email,
                                 const ClientInfo &client);
    HttpResponse totp(const HttpRequest &request);
    HttpResponse refresh(const HttpRequest &request);

    const AuthServices &m_services;
    SessionOpener m_opener;
    // A real hash of a random password, so an unknown email costs the same
    // PBKDF2 work as a wrong password. Computed off the start-up path.
    std::shared_future<QString> m_dummyHash;
};

} // namespace pd::server
