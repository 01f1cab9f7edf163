#pragma once

#include "net/ServerProfile.h"
#include "sync/SyncOutcome.h"
#include "sync/SyncProgress.h"

#include <QObject>

#include <memory>

namespace pd {

class ApiClient;
class ApiOutboxTransport;
class ApiRequestStatusSource;
class AuthService;
class Outbox;
class OutboxSender;
class RequestTracker;
class SharedAccessToken;
class SyncEngine;
class TimerSource;
class TokenStore;

// The services bound to one server profile: its API client, the sign-in,
// the sync, the outbox sender and the request tracker. AppServices makes a
// new one whenever another profile becomes active. Members are destroyed in
// reverse order of their dependencies (the auth service before its client).
class ProfileSession : public QObject
{
    Q_OBJECT

public:
    ProfileSession(const ServerProfile &profile, TokenStore *tokens, TimerSource *timers,
                   Outbox *outbox, const QString &databasePath, QObject *parent = nullptr);
    ~ProfileSession() override;

    const ServerProfile &profile() const { return m_profile; }
    ApiClient *api() const { return m_api.get(); }
    AuthService *auth() const { return m_auth.get(); }
    SyncEngine *sync() const { return m_sync.get(); }
    OutboxSender *sender() const { return m_sender.get(); }
    RequestTracker *tracker() const { return m_tracker.get(); }

    // Starts a sync run with a current access token, refreshing it first
    // when it has expired. false when a run is already going.
    bool startSync();
    bool isSyncing() const;
    // Stops the sync run (or the token refresh before it).
    void cancelSync();
    // Starts the outbox sender and follows every filed request that has
    // not ended yet.
    void startOutbox();
    // Stops the sender, the tracker and any sync run (the run ends later,
    // with syncFinished(Cancelled)).
    void stopAll();

Q_SIGNALS:
    void syncStarted();
    void syncProgress(const pd::SyncProgress &progress);
    void syncPageStored(const QString &category, int rows);
    void syncCategoryCompleted(const QString &category);
    // Not emitted for a run that ended only to be restarted with a fresh token.
    void syncFinished(pd::SyncOutcome outcome, const QString &message);

private:
    void startSyncWithToken();
    void onSyncFinished(SyncOutcome outcome, const QString &message);

    ServerProfile m_profile;
    Outbox *m_outbox;
    std::shared_ptr<SharedAccessToken> m_syncToken;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<ApiOutboxTransport> m_transport;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<ApiRequestStatusSource> m_statusSource;
    std::unique_ptr<RequestTracker> m_tracker;
    TimerSource *m_timers;
    bool m_pendingStart = false;     // waiting for a token refresh before a run
    bool m_tokenRejected = false;    // the current run met 401
    bool m_retriedWithFresh = false; // one restart per startSync()
    bool m_cancelRequested = false;  // no restart after the user or sign-out stopped it
};

} // namespace pd
