// A request body as the server's handlers read it: parseJsonObject, then
// the closed bodies' readers: POST /requests (RequestValidator with each
// payload schema, an `edit`'s merge patch), PATCH /profile (ProfilePatch),
// sign-in and two-factor bodies (FieldReader), and the 422 problem that
// lists what was wrong.
#include "FuzzTargets.h"

#include "data/Profile.h"
#include "data/ProfilePatch.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "http/JsonBody.h"
#include "requests/RequestValidator.h"

namespace pd::fuzz {
namespace {

server::Profile storedProfile()
{
    server::Profile profile;
    profile.fullName = QStringLiteral("James Carter");
    profile.email = QStringLiteral("james.carter@example.com");
    profile.emailVerified = true;
    profile.line1 = QStringLiteral("1 Main St");
    profile.city = QStringLiteral("Springfield");
    profile.country = QStringLiteral("US");
    profile.phone = QStringLiteral("+447700900123");
    profile.version = 1;
    return profile;
}

} // namespace

void requestBody(QByteArrayView input)
{
    server::HttpRequest request;
    request.method = "POST";
    request.body = input.toByteArray();
    server::HttpResponse refusal;
    const std::optional<QJsonObject> body = server::parseJsonObject(request, &refusal);
    if (!body)
        return;

    server::RequestAccountFacts facts{QStringLiteral("james.carter@example.com"), storedProfile()};
    (void)server::HttpResponse::validationFailed(server::RequestValidator::validate(*body, facts));
    facts.profile.reset();
    (void)server::RequestValidator::validate(*body, facts);

    server::Profile profile = storedProfile();
    const server::ProfilePatch::Result patched = server::ProfilePatch::apply(*body, &profile);
    require(!patched.errors.isEmpty() || !patched.emailChanged ||
                profile.email != storedProfile().email,
            "an email change changes the email");
    (void)server::HttpResponse::validationFailed(patched.errors);

    server::FieldReader signIn(*body);
    signIn.rejectUnknown(
        {QStringLiteral("email"), QStringLiteral("password"), QStringLiteral("device_name")});
    (void)signIn.requiredString(QStringLiteral("email"), 320);
    (void)signIn.optionalString(QStringLiteral("device_name"), 100);
    (void)signIn.requiredBool(QStringLiteral("consent"));
    (void)signIn.requiredObject(QStringLiteral("payload"));
    (void)signIn.stringList(QStringLiteral("channels"),
                            {QStringLiteral("email"), QStringLiteral("sms")}, false);
    (void)signIn.sixDigitCode(QStringLiteral("code"));
    (void)server::HttpResponse::validationFailed(signIn.errors());
}

} // namespace pd::fuzz
