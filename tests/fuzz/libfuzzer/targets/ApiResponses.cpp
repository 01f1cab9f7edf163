// Every typed reader of an API answer gets the same document: the account's
// resources (sessions, cookies, connected apps, policy, security, marketing,
// profile, cards, third-party records, data locations and sharing, usage),
// requests, sign-in answers, linked identities and profile fields. Corpus:
// answers recorded from the reference server.
#include "FuzzTargets.h"

#include "account/ConnectedApps.h"
#include "account/Cookies.h"
#include "account/DataLocations.h"
#include "account/MarketingPreferences.h"
#include "account/PersonalData.h"
#include "account/Policy.h"
#include "account/SecuritySettings.h"
#include "account/Sessions.h"
#include "account/Usage.h"
#include "auth/LinkedIdentities.h"
#include "auth/SignInResult.h"
#include "common/JsonGuard.h"
#include "profile/ProfileFields.h"
#include "requests/RequestRecord.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::fuzz {

void apiResponses(QByteArrayView input)
{
    ApiError error;
    const std::optional<QJsonDocument> document = JsonGuard::parse(input.toByteArray(), &error);
    if (!document) {
        require(!error.developerDetail().isEmpty(), "a refused answer says why");
        return;
    }
    const QJsonObject object = document->object();

    (void)Sessions::parse(object);
    (void)Cookies::parse(object);
    (void)ConnectedApps::parse(object);
    (void)Policy::parse(object);
    (void)SecuritySettings::parse(object);
    (void)SecuritySettings::parseEnrolment(*document);
    (void)MarketingPreferences::parse(object);
    (void)PersonalData::parseProfile(object);
    (void)PersonalData::parseCards(object);
    (void)PersonalData::parseRecords(object);
    // The two documents of the data-locations page, each in either place.
    (void)DataLocations::parse(object, object);
    (void)DataLocations::parse(object, QJsonObject());
    (void)Usage::parse(object);
    (void)ProfileFields::fromJson(object);
    (void)RequestRecord::fromJson(object);
    for (const QJsonValue &item : object.value(QLatin1String("items")).toArray())
        (void)RequestRecord::fromJson(item.toObject());
    for (const bool allowChallenge : {true, false}) {
        ApiError signInError;
        const std::optional<SignInResult> result =
            SignInResult::fromJson(*document, allowChallenge, &signInError);
        require(result || !signInError.developerDetail().isEmpty(), "a refused sign-in says why");
        require(allowChallenge || !result || result->status == SignInResult::Status::Authenticated,
                "a challenge only where one is allowed");
    }
    ApiError identitiesError;
    (void)LinkedIdentities::parse(*document, &identitiesError);
}

} // namespace pd::fuzz
