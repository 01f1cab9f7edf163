#include "discovery/DiscoveryClient.h"

#include "api/ApiJob.h"
#include "net/NetLog.h"
#include "net/ServerProfileStore.h"

namespace pd {

DiscoveryClient::DiscoveryClient(ServerProfileStore *store, ApiClient::Dependencies dependencies,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_dependencies(dependencies)
{
    m_dependencies.tokens = nullptr; // discovery is public
}

void DiscoveryClient::fetch(const ServerProfile &profile)
{
    run(profile, false);
}

void DiscoveryClient::addServer(const ServerProfile &candidate)
{
    run(candidate, true);
}

std::optional<ApiError> DiscoveryClient::check(const ServerProfile &profile,
                                               const Discovery &discovery)
{
    if (discovery.apiVersion != QLatin1String("1")) {
        ApiError error = ApiError::malformed(QStringLiteral("unsupported api_version"));
        error.setUserMessage(
            QCoreApplication::translate("pd::DiscoveryClient",
                                        "This server uses API version %1, which this app does not "
                                        "support.")
                .arg(discovery.apiVersion));
        return error;
    }
    if (ServerProfile::originOf(discovery.apiBaseUrl) != ServerProfile::originOf(profile.baseUrl)) {
        ApiError error = ApiError::malformed(QStringLiteral("api_base_url on another origin"));
        error.setUserMessage(
            QCoreApplication::translate(
                "pd::DiscoveryClient",
                "The server's description points to a different address (%1). It was not added.")
                .arg(discovery.apiBaseUrl.host()));
        return error;
    }
    return std::nullopt;
}

void DiscoveryClient::run(const ServerProfile &profile, bool save)
{
    auto *client = new ApiClient(profile, m_dependencies, this);
    ApiJob *job = client->send(ApiRequest::get(QStringLiteral("/.well-known/privacy-dashboard"))
                                   .withRoot(ApiRequest::Root::Origin)
                                   .withoutAuth());
    connect(job, &ApiJob::finished, this, [this, client, profile, save](const ApiResult &result) {
        client->deleteLater();
        if (!result.ok()) {
            Q_EMIT failed(profile, *result.error);
            return;
        }
        ApiError error;
        const auto discovery = Discovery::fromJson(result.json, &error);
        if (!discovery) {
            qCWarning(lcNet).noquote() << "discovery document rejected:" << error.developerDetail();
            Q_EMIT failed(profile, error);
            return;
        }
        if (const auto problem = check(profile, *discovery)) {
            Q_EMIT failed(profile, *problem);
            return;
        }
        if (!save) {
            Q_EMIT discovered(profile, *discovery);
            return;
        }
        ServerProfile added = profile;
        added.name = discovery->providerName;
        if (m_store)
            m_store->save(added);
        Q_EMIT serverAdded(added, *discovery);
    });
}

} // namespace pd
