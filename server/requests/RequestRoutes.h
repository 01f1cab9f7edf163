#pragma once

#include "ProfileEditor.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

namespace pd::server {

struct RequestRecord;
struct ServerContext;
class HttpRouter;
class RequestStore;

// POST/GET /api/v1/requests, GET /api/v1/requests/{id},
// POST /api/v1/requests/{id}/cancel, GET /api/v1/requests/{id}/receipt and
// (public) GET /api/v1/receipts/{id}, a completed deletion's receipt.
class RequestRoutes
{
public:
    RequestRoutes(const ServerContext &context, const RequestStore &store);
    void registerRoutes(HttpRouter &router);

private:
    HttpResponse create(const HttpRequest &request) const;
    HttpResponse list(const HttpRequest &request) const;
    HttpResponse get(const HttpRequest &request) const;
    HttpResponse cancel(const HttpRequest &request) const;
    HttpResponse receipt(const HttpRequest &request) const;
    HttpResponse deletionReceipt(const HttpRequest &request) const;

    // The answer for a key the account already used.
    HttpResponse replay(const RequestRecord &original, const QString &bodyHash) const;
    HttpResponse created(const RequestRecord &request, bool replayed) const;
    bool recentlyReauthenticated(const HttpRequest &request) const;

    const ServerContext &m_context;
    const RequestStore &m_store;
    ProfileEditor m_profiles;
};

} // namespace pd::server
