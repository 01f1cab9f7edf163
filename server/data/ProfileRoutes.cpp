#include "ProfileRoutes.h"

#include "AccountActivity.h"
#include "EmailChangeRoutes.h"
#include "ProfilePatch.h"
#include "ProfileStore.h"
#include "auth/CredentialRoutes.h"
#include "db/Database.h"
#include "http/HttpRouter.h"
#include "http/JsonBody.h"
#include "kernel/Clock.h"
#include "kernel/Lifetime.h"

namespace pd::server {

void ProfileRoutes::registerRoutes(HttpRouter &router) const
{
    const QString path = QStringLiteral("/api/v1/profile");
    router.add("GET", path, Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.get(request); });
    router.add("PATCH", path, Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.patch(request); });
    EmailChangeRoutes(m_context).registerRoutes(router);
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
    HttpResponse response = HttpResponse::json(
        EmailChangeRoutes::profileJson(m_context, request.caller().accountId, *profile));
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
    const QString oldEmail = profile->email;
    ProfilePatch::Result result = ProfilePatch::apply(*body, &*profile);
    if (!result.errors.isEmpty())
        return HttpResponse::validationFailed(result.errors);
    const QString newEmail = result.emailChanged ? profile->email : QString();
    if (result.emailChanged) {
        // The sign-in address is the key to the account (password reset,
        // single sign-on): changing it needs the password or a TOTP code
        // again, not just an access token.
        if (!Lifetime::recent(m_context.clock.nowMs(), request.caller().reauthenticatedAt,
                              CredentialRoutes::kReauthenticationWindowMs)) {
            return HttpResponse::problem(
                Problem::ReauthenticationRequired,
                QStringLiteral("Confirm it is you before changing the email address."));
        }
        if (store.emailTaken(newEmail, accountId)) {
            return HttpResponse::problem(
                Problem::Conflict,
                QStringLiteral("Another account already uses this email address."));
        }
        // Only once the new address confirms a code.
        profile->email = oldEmail;
        result.changedFields.removeAll(QStringLiteral("email"));
    }
    if (!store.save(accountId, &*profile, false)) {
        return HttpResponse::problem(Problem::PreconditionFailed,
                                     QStringLiteral("The profile changed since it was read; "
                                                    "fetch it again."));
    }
    if (!result.changedFields.isEmpty()) {
        AccountActivity::record(m_context, request, QStringLiteral("profile.updated"),
                                QStringLiteral("Changed: ") +
                                    result.changedFields.join(QStringLiteral(", ")));
    }
    if (!newEmail.isEmpty() &&
        !EmailChangeRoutes::start(m_context, request, oldEmail, newEmail, &error))
        return error;
    transaction.commit();
    // 202: part of the patch (the email) waits for the code.
    HttpResponse response =
        HttpResponse::json(newEmail.isEmpty() ? 200 : 202,
                           EmailChangeRoutes::profileJson(m_context, accountId, *profile));
    response.setHeader("etag", profile->etag());
    return response;
}

} // namespace pd::server
