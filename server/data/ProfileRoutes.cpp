#include "ProfileRoutes.h"

#include "AccountActivity.h"
#include "ProfilePatch.h"
#include "ProfileStore.h"
#include "db/Database.h"
#include "http/HttpRouter.h"
#include "http/JsonBody.h"

namespace pd {

void ProfileRoutes::registerRoutes(HttpRouter &router) const
{
    const QString path = QStringLiteral("/api/v1/profile");
    router.add("GET", path, Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.get(request); });
    router.add("PATCH", path, Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.patch(request); });
}

bool ProfileRoutes::ifMatchAccepts(const QByteArray &ifMatch, const QByteArray &etag)
{
    for (const QByteArray &candidate : ifMatch.split(',')) {
        const QByteArray tag = candidate.trimmed();
        if (tag == "*" || tag == etag)
            return true;
    }
    return false;
}

HttpResponse ProfileRoutes::get(const HttpRequest &request) const
{
    const ProfileStore store(m_context.db, m_context.clock);
    const std::optional<Profile> profile = store.load(request.caller().accountId);
    if (!profile)
        return HttpResponse::problem(Problem::NotFound);
    HttpResponse response = HttpResponse::json(profile->toJson());
    response.setHeader("etag", profile->etag());
    return response;
}

HttpResponse ProfileRoutes::patch(const HttpRequest &request) const
{
    const QByteArray ifMatch = request.header("if-match").trimmed();
    if (ifMatch.isEmpty()) {
        return HttpResponse::problem(Problem::PreconditionRequired,
                                     QStringLiteral("Send If-Match with the profile's ETag."));
    }
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body)
        return error;

    const QString &accountId = request.caller().accountId;
    const ProfileStore store(m_context.db, m_context.clock);
    Transaction transaction(m_context.db);
    std::optional<Profile> profile = store.load(accountId);
    if (!profile)
        return HttpResponse::problem(Problem::NotFound);
    if (!ifMatchAccepts(ifMatch, profile->etag())) {
        return HttpResponse::problem(Problem::PreconditionFailed,
                                     QStringLiteral("The profile changed since it was read; "
                                                    "fetch it again."));
    }
    const ProfilePatch::Result result = ProfilePatch::apply(*body, &*profile);
    if (!result.errors.isEmpty())
        return HttpResponse::validationFailed(result.errors);
    if (result.emailChanged && store.emailTaken(profile->email, accountId)) {
        return HttpResponse::problem(
            Problem::Conflict, QStringLiteral("Another account already uses this email address."));
    }
    if (!store.save(accountId, &*profile, result.emailChanged)) {
        return HttpResponse::problem(Problem::PreconditionFailed,
                                     QStringLiteral("The profile changed since it was read; "
                                                    "fetch it again."));
    }
    if (!result.changedFields.isEmpty()) {
        AccountActivity::record(m_context, request, QStringLiteral("profile.updated"),
                                QStringLiteral("Changed: ") +
                                    result.changedFields.join(QStringLiteral(", ")));
    }
    transaction.commit();
    HttpResponse response = HttpResponse::json(profile->toJson());
    response.setHeader("etag", profile->etag());
    return response;
}

} // namespace pd
