#pragma once

#include "api/ApiRequest.h"
#include "api/RequestRecorder.h"
#include "api/RetryPolicy.h"
#include "net/HttpExchange.h"
#include "net/ServerProfile.h"
#include "net/TlsPolicy.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace pd {

class AccessTokenProvider;
class ApiJob;
class TimerSource;

// Talks to one server profile: one QNetworkAccessManager (injected or owned),
// the profile's TLS policy on every request, an X-Request-ID per request,
// the bearer token from an AccessTokenProvider with one transparent refresh
// on 401, and the central RetryPolicy. Everything is asynchronous; use it from
// the thread it lives in (normally the UI thread).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    struct Dependencies {
        QNetworkAccessManager *network = nullptr; // not owned; created when null
        TimerSource *timers = nullptr;            // not owned; system clock when null
        AccessTokenProvider *tokens = nullptr;    // not owned; may be set later
    };

    explicit ApiClient(const ServerProfile &profile, QObject *parent = nullptr);
    ApiClient(const ServerProfile &profile, Dependencies dependencies, QObject *parent = nullptr);
    ~ApiClient() override;

    const ServerProfile &profile() const { return m_tls.profile(); }
    const TlsPolicy &tlsPolicy() const { return m_tls; }
    // The TLS configuration for requests; nullopt when the profile's CA
    // bundle is unusable (sslConfigurationError() says why).
    const std::optional<QSslConfiguration> &sslConfiguration() const { return m_ssl; }
    QString sslConfigurationError() const { return m_sslError; }
    QNetworkAccessManager *network() const { return m_network; }
    TimerSource &timers() const { return *m_timers; }
    // The transport of requests to this profile: its network, clock, TLS
    // configuration and policy (pins), redirects only within its origin.
    HttpExchange::Options exchangeOptions() const;

    void setAccessTokenProvider(AccessTokenProvider *tokens) { m_tokens = tokens; }
    AccessTokenProvider *accessTokenProvider() const { return m_tokens; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    // The last calls' request ids and the last connection's TLS parameters
    // (for the support report).
    const RequestRecorder &recorder() const { return m_recorder; }
    RequestRecorder &recorder() { return m_recorder; }

    // The profile's API base URL (ServerProfile::apiBaseUrl()), or its
    // origin for a request rooted there.
    QUrl urlFor(const ApiRequest &request) const;

    // Starts the request on the next event-loop turn. The job belongs to the
    // client and deletes itself after emitting finished().
    ApiJob *send(ApiRequest request);

Q_SIGNALS:
    // A request met 401 again after a refresh, or the refresh itself said
    // the session is over: the user has to sign in again.
    void signInRequired();

private:
    TlsPolicy m_tls;
    std::optional<QSslConfiguration> m_ssl;
    QString m_sslError;
    std::unique_ptr<QNetworkAccessManager> m_ownedNetwork;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<TimerSource> m_ownedTimers;
    TimerSource *m_timers = nullptr;
    AccessTokenProvider *m_tokens = nullptr;
    RetryPolicy m_retryPolicy;
    RequestRecorder m_recorder;
};

} // namespace pd
