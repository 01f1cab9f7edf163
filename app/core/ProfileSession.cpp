#include "core/ProfileSession.h"

#include "api/ApiClient.h"
#include "auth/AuthService.h"
#include "core/ApiOutboxTransport.h"
#include "core/ApiRequestStatusSource.h"
#include "core/SharedAccessToken.h"
#include "net/TlsPolicy.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxSender.h"
#include "outbox/RequestTracker.h"
#include "sync/HttpSyncPageSource.h"
#include "sync/SyncEngine.h"

namespace pd {

namespace {

// The outbox retries a failed submission after 2 s, doubling up to 10 min.
const Backoff kSendBackoff{std::chrono::seconds(2), std::chrono::minutes(10)};
// A filed request is polled after 15 s, waiting longer while nothing changes.
const Backoff kTrackBackoff{std::chrono::seconds(15), std::chrono::minutes(30)};

} // namespace

ProfileSession::ProfileSession(const ServerProfile &profile, TokenStore *tokens,
                               TimerSource *timers, Outbox *outbox, const QString &databasePath,
                               QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_outbox(outbox)
    , m_syncToken(std::make_shared<SharedAccessToken>())
    , m_timers(timers)
{
    ApiClient::Dependencies dependencies;
    dependencies.timers = timers;
    m_api = std::make_unique<ApiClient>(profile, dependencies);
    m_auth = std::make_unique<AuthService>(m_api.get(), tokens);

    // The sync thread builds its own source (and network manager) per run,
    // with the same TLS configuration as every other request of the profile.
    const QSslConfiguration ssl = m_api->sslConfiguration().value_or(QSslConfiguration());
    const std::shared_ptr<SharedAccessToken> token = m_syncToken;
    m_sync = std::make_unique<SyncEngine>(databasePath, [profile, ssl, token] {
        return std::make_unique<HttpSyncPageSource>(TlsPolicy(profile), ssl,
                                                    [token] { return token->get(); });
    });
    connect(m_sync.get(), &SyncEngine::started, this, &ProfileSession::syncStarted);
    connect(m_sync.get(), &SyncEngine::progress, this, &ProfileSession::syncProgress);
    connect(m_sync.get(), &SyncEngine::pageStored, this, &ProfileSession::syncPageStored);
    connect(m_sync.get(), &SyncEngine::categoryCompleted, this,
            &ProfileSession::syncCategoryCompleted);
    connect(m_sync.get(), &SyncEngine::authenticationRequired, this,
            [this] { m_tokenRejected = true; });
    connect(m_sync.get(), &SyncEngine::finished, this, &ProfileSession::onSyncFinished);

    m_transport = std::make_unique<ApiOutboxTransport>(m_api.get());
    m_sender = std::make_unique<OutboxSender>(outbox, m_transport.get(), timers, kSendBackoff);
    m_statusSource = std::make_unique<ApiRequestStatusSource>(m_api.get());
    m_tracker = std::make_unique<RequestTracker>(m_statusSource.get(), timers, kTrackBackoff);
    connect(m_sender.get(), &OutboxSender::itemSent, this,
            [this](qint64, const QJsonObject &request) {
                m_tracker->track(request.value(QStringLiteral("id")).toString(),
                                 request.value(QStringLiteral("status")).toString());
            });
}

ProfileSession::~ProfileSession()
{
    // Stop everything that could call back into the members while they go.
    if (m_sender)
        m_sender->stop();
}

bool ProfileSession::isSyncing() const
{
    return m_pendingStart || m_sync->isRunning();
}

bool ProfileSession::startSync()
{
    if (isSyncing())
        return false;
    m_retriedWithFresh = false;
    m_cancelRequested = false;
    startSyncWithToken();
    return true;
}

void ProfileSession::startSyncWithToken()
{
    if (!m_api->sslConfiguration()) {
        Q_EMIT syncFinished(SyncOutcome::Failed, m_api->sslConfigurationError());
        return;
    }
    const QString token = m_auth->accessToken();
    if (!token.isEmpty()) {
        m_syncToken->set(token);
        m_tokenRejected = false;
        m_sync->start();
        return;
    }
    // The access token has expired: get a new one first. The answer may
    // come after stopAll(), which clears m_pendingStart.
    m_pendingStart = true;
    Q_EMIT syncStarted();
    m_auth->refreshAccessToken(this, [this](AccessTokenProvider::RefreshOutcome outcome,
                                            const std::optional<ApiError> &error) {
        if (!m_pendingStart)
            return;
        m_pendingStart = false;
        if (outcome == AccessTokenProvider::RefreshOutcome::Refreshed && m_auth->isSignedIn()) {
            startSyncWithToken();
            return;
        }
        Q_EMIT syncFinished(SyncOutcome::Failed,
                            error ? error->userMessage()
                                  : ApiError::messageForSlug(QStringLiteral("unauthenticated")));
    });
}

void ProfileSession::onSyncFinished(SyncOutcome outcome, const QString &message)
{
    m_syncToken->clear();
    // The token ran out during a long run: refresh once and resume (the
    // walk continues from its stored cursor).
    if (m_tokenRejected && !m_retriedWithFresh && !m_cancelRequested && m_auth->isSignedIn() &&
        outcome != SyncOutcome::Cancelled) {
        m_tokenRejected = false;
        m_retriedWithFresh = true;
        m_pendingStart = true;
        m_auth->refreshAccessToken(
            this, [this, outcome, message](AccessTokenProvider::RefreshOutcome refreshed,
                                           const std::optional<ApiError> &) {
                if (!m_pendingStart)
                    return;
                m_pendingStart = false;
                if (refreshed == AccessTokenProvider::RefreshOutcome::Refreshed)
                    startSyncWithToken();
                else
                    Q_EMIT syncFinished(outcome, message);
            });
        return;
    }
    Q_EMIT syncFinished(outcome, message);
}

void ProfileSession::startOutbox()
{
    m_sender->start();
    for (const OutboxItem &item : m_outbox->items(OutboxItem::State::Sent)) {
        const QString status = item.serverRequest.value(QStringLiteral("status")).toString();
        if (!item.serverRequestId.isEmpty() && !RequestTracker::isFinal(status))
            m_tracker->track(item.serverRequestId, status);
    }
}

void ProfileSession::stopAll()
{
    m_sender->stop();
    const QStringList tracked = m_tracker->tracked();
    for (const QString &id : tracked)
        m_tracker->untrack(id);
    m_syncToken->clear();
    cancelSync();
}

void ProfileSession::cancelSync()
{
    m_cancelRequested = true;
    if (m_pendingStart) {
        m_pendingStart = false;
        Q_EMIT syncFinished(SyncOutcome::Cancelled, {});
    }
    m_sync->cancel();
}

} // namespace pd
