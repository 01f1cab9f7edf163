#include "account/Account.h"

#include "account/ConnectedApps.h"
#include "account/Cookies.h"
#include "account/DataLocations.h"
#include "account/MarketingPreferences.h"
#include "account/PersonalData.h"
#include "account/Policy.h"
#include "account/SecuritySettings.h"
#include "account/ServerAction.h"
#include "account/Sessions.h"
#include "account/Usage.h"
#include "cache/DocumentCache.h"

namespace pd {

Account::Account(DocumentCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_sessions(new Sessions(cache, this))
    , m_cookies(new Cookies(cache, this))
    , m_connectedApps(new ConnectedApps(cache, this))
    , m_policy(new Policy(cache, this))
    , m_security(new SecuritySettings(cache, this))
    , m_dataLocations(new DataLocations(cache, this))
    , m_personalData(new PersonalData(cache, this))
    , m_usage(new Usage(cache, this))
    , m_marketing(new MarketingPreferences(cache, this))
{}

ServerAction *Account::perform(ApiRequest request)
{
    ApiClient *api = m_cache ? m_cache->apiClient() : nullptr;
    return api ? new ServerAction(api, std::move(request), this) : nullptr;
}

} // namespace pd
