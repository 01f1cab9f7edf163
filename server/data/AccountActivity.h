#pragma once

#include <QString>

namespace pd::server {

struct HttpRequest;
struct ServerContext;

// Records the account holder's own changes (profile edits, consent and
// preference changes) in their activity log, the `logs` resource. Details
// name what changed, never the new values.
class AccountActivity
{
public:
    static void record(const ServerContext &context, const HttpRequest &request,
                       const QString &event, const QString &detail);
};

} // namespace pd::server
