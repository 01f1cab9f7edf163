#pragma once

#include "net/ServerProfile.h"
#include "sync/SyncOutcome.h"
#include "sync/SyncProgress.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace pd {

class Account;
class ApiClient;
class AuthService;
class DiscoveryService;
class DocumentCache;
class IdleMonitor;
class LocalStore;
class LogsModel;
class MessagesModel;
class Outbox;
class OutboxSender;
class ReceiptService;
class RequestRepository;
class RequestTracker;
class RequestUpdates;
class ServerProfileStore;
class StartupGate;
class SyncEngine;
class ThirdPartyRecordsModel;
class TokenStore;
class VisitsModel;

// The composition root of the app: builds and owns every core service and
// wires them together; pages and dialogs receive it (or the pieces they need)
// and never reach for globals. Services tied to a server profile (API client,
// auth, sync, outbox sender, request tracker) are rebuilt when another
// profile is activated; the local store is wiped on sign-out and on account
// switch.
class AppServices : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString dataDir;               // per-user data folder (the local store lives here)
        QSettings *settings = nullptr; // not owned; profiles and preferences, no secrets
        bool ephemeralSecrets = false; // tests/CLI only: tokens in memory, not the keychain
        bool developerMode = false;    // allows http:// on loopback
        QString demoMailDir;           // demo only: where the demo server's mail lands
        int idleMinutes = 15;
        int syncIntervalMinutes = 15; // 0: sync only at sign-in and when asked
    };
    // Why a session ended.
    // AccountDeleted: the server purged the account after a deletion request
    // (its completed status was seen, or the session ended once the request's
    // grace period was over).
    enum class SignOutReason { User, Idle, SessionExpired, AccountDeleted };
    Q_ENUM(SignOutReason)

    explicit AppServices(Options options, QObject *parent = nullptr);
    ~AppServices() override;

    // Opens the local store; false and *error when it cannot be opened.
    bool start(QString *error);
    // Loads what start() will need that takes a while to load (the SQLite
    // driver), ahead of it and from any thread.
    static void preloadForStart();

    const Options &options() const;
    ServerProfileStore &profiles();
    // Saves a profile the user added: its CA file, if any, is copied into the
    // data folder and trusted by its fingerprint (CaBundle). The saved
    // profile, or nullopt and *error (for users).
    std::optional<ServerProfile> addProfile(ServerProfile profile, QString *error);
    // The profile that was active last (also in an earlier run); empty if none.
    QString lastProfileId() const;
    // Whether the local cache holds the data of a session of `profileId`
    // that had not ended when the app last quit: the session may resume.
    bool hasCachedSession(const QString &profileId) const;
    // Makes `profile` the active server: builds its API client and auth
    // service. Wipes the local cache when the server changes; a new sign-in
    // (as opposed to a resumed session) also starts from an empty cache, so
    // another account's data is never shown.
    void activateProfile(const ServerProfile &profile);
    bool hasActiveProfile() const;
    const ServerProfile &activeProfile() const;

    // Null until a profile is active.
    ApiClient *api() const;
    // Whether no API request is running (the screenshot run waits for this
    // before it takes a picture).
    bool isApiIdle() const;
    AuthService *auth() const;
    SyncEngine *sync() const;
    OutboxSender *outboxSender() const;
    RequestTracker *requestTracker() const;

    // Null until start() succeeded.
    LocalStore *store() const;
    // The private folder for files extracted to be read (an export archive's
    // tables); emptied at start and at sign-out.
    QString scratchDir() const;
    DocumentCache *documents() const;
    // The active server's discovery document, fetched again at every
    // sign-in.
    DiscoveryService *discovery() const;
    Outbox *outbox() const;
    // The user's rights requests: the server's list, the outbox's waiting
    // ones, their statuses, cancel.
    RequestRepository *requests() const;
    // The requests' status changes: the activity feed and the desktop
    // notifications (the notifier is the UI's); null until start().
    RequestUpdates *requestUpdates() const;
    // The signed receipts of ended requests, kept in a folder of the user's
    // that sign-out and account deletion never wipe. Exists from
    // construction (receipts are readable signed out, without a store).
    ReceiptService *receipts() const;
    IdleMonitor *idle() const;
    // Holds back the background reads (table counts, filter values, cache
    // figures) while a window's first frame is built; given to the models
    // built here and to whoever builds a CacheSummary. Exists from
    // construction.
    StartupGate *startupGate() const;
    // The cached tables' models, null until start(); all but the visits
    // (the page a start usually shows) are built when first asked for.
    VisitsModel *visits() const;
    MessagesModel *messages() const;
    LogsModel *logs() const;
    ThirdPartyRecordsModel *thirdPartyRecords() const;
    // The account's resources (sessions, cookies, policy...) and their
    // actions; null until start() succeeded.
    Account *account() const;
    // Where the refresh token is kept (the keychain, or memory with
    // ephemeralSecrets); tests read it to check that it leaks nowhere.
    TokenStore *tokenStore() const;

    // Resumes the active profile's session from the stored refresh token;
    // signedIn() or signedOut() follows.
    void restoreSession();
    // Ends the session on the server; signedOut() follows once the local
    // cache has been wiped.
    void signOut();
    // Starts a sync run now (no-op when one is running or nobody is signed in).
    void syncNow();
    void cancelSync();
    bool isSyncing() const;

Q_SIGNALS:
    void profileActivated();
    void signedIn();
    // After the server session ended and the local cache was wiped.
    void signedOut();
    // Just before signedOut(): why, and for Idle, SessionExpired and
    // AccountDeleted a message for the user (translated; empty for User).
    void sessionEnded(pd::AppServices::SignOutReason reason, const QString &message);

    // The sync of the active profile (relayed, so listeners survive a
    // profile switch).
    void syncStarted();
    void syncProgress(const pd::SyncProgress &progress);
    void syncFinished(pd::SyncOutcome outcome, const QString &message);
    // A category's walk completed; its model has been refreshed.
    void syncCategoryCompleted(const QString &category);

    // A filed request moved to `status` (server values: received, verifying,
    // in_progress, completed, rejected, cancelled).
    void requestStatusChanged(const QString &requestId, const QString &type, const QString &status);
    // The server refused a queued request for good; `message` is for users.
    void requestSubmissionFailed(qint64 outboxId, const QString &type, const QString &message);
    // Requests filed before an earlier session of this account ended, not
    // sent then, were queued again after this sign-in (HeldRequests).
    void heldRequestsResumed(int count);

private:
    void onSignedIn();
    void watchReachability();
    void onCategoryCompleted(const QString &category);
    void endSession(SignOutReason reason, const QString &message);
    // Whether a deletion request was filed, not cancelled or rejected, and
    // its grace period is over: then a lost session means a deleted account.
    bool deletionMayHaveCompleted() const;
    void onAccountDeleted();
    static QString accountDeletedMessage();
    void finishSignOut();
    // Before the cache is wiped: moves the requests not yet sent to the held
    // store under the cached account. False (and the cache must be kept)
    // when they could not be saved; *count says how many were held.
    bool holdUnsent(int *count);
    // After a sign-in: queues again what was held for this account.
    void resumeHeld();
    // Wipes the cache after holding what is unsent (unless `heldCount` is
    // null: then the unsent requests go too); false when the cache was kept.
    bool wipeCache(const char *when, int *heldCount);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pd
