#pragma once

#include "api/AccessTokenProvider.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "common/ApiError.h"

#include "FakeNetwork.h"
#include "ManualTimerSource.h"

#include <QSignalSpy>
#include <QTest>

namespace pd::test {

using namespace std::chrono_literals;

class FakeTokens : public AccessTokenProvider
{
public:
    QString token = QStringLiteral("t1");
    QString next = QStringLiteral("t2");
    RefreshOutcome outcome = RefreshOutcome::Refreshed;
    int refreshes = 0;

    QString accessToken() const override { return token; }
    void refreshAccessToken(QObject *context, RefreshCallback done) override
    {
        ++refreshes;
        QMetaObject::invokeMethod(
            context,
            [this, done] {
                if (outcome == RefreshOutcome::Refreshed)
                    token = next;
                done(outcome, std::nullopt);
            },
            Qt::QueuedConnection);
    }
};

inline ServerProfile profileFor(const QString &url, bool developerMode = false)
{
    ServerProfile profile = ServerProfile::forUrl(QUrl(url));
    profile.developerMode = developerMode;
    return profile;
}

// Shared set-up of the ApiClient tests: a client on a fake network, a
// manual clock and a fake token provider, rebuilt for every test function.
class ApiClientTestBase : public QObject
{
protected:
    FakeNetworkAccessManager *network = nullptr;
    ManualTimerSource *timers = nullptr;
    FakeTokens *tokens = nullptr;
    ApiClient *client = nullptr;

    void makeClient(const ServerProfile &profile, int maxAttempts = 3)
    {
        delete client;
        client = new ApiClient(profile, ApiClient::Dependencies{network, timers, tokens}, this);
        RetryPolicy::Settings settings;
        settings.maxAttempts = maxAttempts;
        client->setRetryPolicy(RetryPolicy(settings, [] { return 0.0; }));
    }

    static ApiResult resultOf(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(5000))
            return {};
        return spy.constFirst().constFirst().value<ApiResult>();
    }

    // Sends `request` through the client and waits for its result.
    ApiResult resultOfSending(const ApiRequest &request)
    {
        QSignalSpy finished(client->send(request), &ApiJob::finished);
        return resultOf(finished);
    }

    // The job waits for a retry (not for a reply, whose timeout is 30 s).
    bool retryScheduled() const
    {
        const auto deadline = timers->nextDeadline();
        return deadline && *deadline - timers->now() < 30000ms;
    }

    void setUp()
    {
        // What the jobs' and caches' signals carry, for QSignalSpy.
        qRegisterMetaType<ApiResult>();
        qRegisterMetaType<ApiError>();
        network = new FakeNetworkAccessManager(this);
        timers = new ManualTimerSource;
        tokens = new FakeTokens;
        makeClient(profileFor(QStringLiteral("https://api.test")));
    }

    void tearDown()
    {
        delete client;
        client = nullptr;
        delete network;
        delete timers;
        delete tokens;
    }
};

} // namespace pd::test
