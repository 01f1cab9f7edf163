#include "core/AppServices.h"

#include "account/Account.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "auth/AuthService.h"
#include "auth/IdleMonitor.h"
#include "auth/KeychainTokenStore.h"
#include "auth/MemoryTokenStore.h"
#include "cache/CachedDocument.h"
#include "cache/DocumentCache.h"
#include "core/CoreLog.h"
#include "core/PrivateFiles.h"
#include "core/ProfileSession.h"
#include "core/ScratchFolder.h"
#include "core/SettingKeys.h"
#include "core/StartupGate.h"
#include "core/SyncScheduler.h"
#include "discovery/Discovery.h"
#include "discovery/DiscoveryService.h"
#include "models/LogsModel.h"
#include "models/MessagesModel.h"
#include "models/ThirdPartyRecordsModel.h"
#include "models/VisitsModel.h"
#include "net/CaBundle.h"
#include "net/NetworkReachability.h"
#include "net/ServerProfileStore.h"
#include "net/SystemTimerSource.h"
#include "outbox/HeldRequests.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxSender.h"
#include "outbox/RefusalReason.h"
#include "outbox/RequestTracker.h"
#include "receipts/ReceiptService.h"
#include "requests/RequestRepository.h"
#include "requests/RequestType.h"
#include "requests/RequestUpdates.h"
#include "store/LocalStore.h"
#include "store/StoreConnection.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSettings>

namespace pd {

struct AppServices::Private {
    explicit Private(Options opts)
        : options(std::move(opts))
        , ownedSettings(options.settings ? nullptr : std::make_unique<QSettings>())
        , profiles(options.settings ? *options.settings : *ownedSettings)
    {
        if (!options.settings)
            options.settings = ownedSettings.get();
    }

    QSettings &settings() const { return *options.settings; }

    Options options;
    std::unique_ptr<QSettings> ownedSettings;
    ServerProfileStore profiles;
    SystemTimerSource timers;
    std::unique_ptr<TokenStore> tokens;
    // Before everything given it: outlives them.
    StartupGate startupGate;
    // Declared in dependency order: destroyed in reverse, the session first.
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<ScratchFolder> scratch;
    std::unique_ptr<HeldRequests> held;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<DocumentCache> documents;
    std::unique_ptr<DiscoveryService> discovery;
    std::unique_ptr<RequestRepository> requests;
    std::unique_ptr<RequestUpdates> requestUpdates;
    std::unique_ptr<ReceiptService> receipts;
    std::unique_ptr<VisitsModel> visits;
    std::unique_ptr<MessagesModel> messages;
    std::unique_ptr<LogsModel> logs;
    std::unique_ptr<ThirdPartyRecordsModel> thirdParty;
    std::unique_ptr<Account> account;
    std::unique_ptr<IdleMonitor> idle;
    std::unique_ptr<SyncScheduler> syncScheduler;
    std::optional<ServerProfile> active;
    std::unique_ptr<ProfileSession> session;

    SignOutReason reason = SignOutReason::User;
    QString reasonMessage;
    bool wipeAfterSync = false;
    QHash<QString, QString> requestTypes; // server request id → type
    std::unique_ptr<NetworkReachability> reachability;
};

AppServices::AppServices(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(options)))
{
    qRegisterMetaType<pd::SyncProgress>();
    qRegisterMetaType<pd::SyncOutcome>();
    if (d->options.ephemeralSecrets)
        d->tokens = std::make_unique<MemoryTokenStore>();
    else
        d->tokens = std::make_unique<KeychainTokenStore>();
    d->store = std::make_unique<LocalStore>(
        QDir(d->options.dataDir).filePath(QStringLiteral("cache.sqlite3")));
    d->store->setStartupGate(&d->startupGate);
    d->held = std::make_unique<HeldRequests>(
        QDir(d->options.dataDir).filePath(QStringLiteral("held-requests.sqlite3")));
    d->scratch = std::make_unique<ScratchFolder>(
        QDir(d->options.dataDir).filePath(QStringLiteral("scratch")));
    d->idle = std::make_unique<IdleMonitor>(d->timers, [this] {
        if (!d->session)
            return;
        d->reason = SignOutReason::Idle;
        d->reasonMessage =
            tr("You were signed out after %n minute(s) without activity, to protect your data.",
               nullptr, int(std::max<qint64>(1, d->idle->timeout().count() / 60)));
        d->session->auth()->signOut();
    });
    d->idle->setTimeout(std::chrono::minutes(std::max(1, d->options.idleMinutes)));
    d->receipts = std::make_unique<ReceiptService>(SettingKeys::receiptsFolder.read(d->settings()));
    d->syncScheduler = std::make_unique<SyncScheduler>(
        d->timers, std::chrono::minutes(std::max(0, d->options.syncIntervalMinutes)),
        [this] { syncNow(); });
}

void AppServices::watchReachability()
{
    // Loading the platform's network information backend (GLib, D-Bus) is
    // among the costliest steps of a start, and only a signed-in session
    // has requests to retry: it waits for the first sign-in.
    if (d->reachability)
        return;
    d->reachability = std::make_unique<NetworkReachability>();
    connect(d->reachability.get(), &NetworkReachability::cameOnline, this, [this] {
        // Requests that waited for the network go now, not at their next
        // backoff step.
        if (d->session && d->session->auth()->isSignedIn())
            d->session->sender()->retryNow();
    });
}

AppServices::~AppServices()
{
    if (d->session)
        d->session->stopAll();
}

bool AppServices::start(QString *error)
{
    if (d->store->isOpen())
        return true;
    // The cache holds personal data and the settings name the user's
    // servers, pins and session: both are the user's alone.
    if (!PrivateFiles::makeFolder(d->options.dataDir)) {
        *error = tr("The data folder %1 could not be created.").arg(d->options.dataDir);
        return false;
    }
    if (!PrivateFiles::protectSettings(d->settings())) {
        *error = tr("The settings file %1 could not be made readable by you alone.")
                     .arg(d->settings().fileName());
        return false;
    }
    if (!d->scratch->prepare()) {
        *error = tr("The folder %1 could not be created.").arg(d->scratch->path());
        return false;
    }
    QString detail;
    if (!d->store->open(&detail)) {
        qCWarning(lcCore).noquote() << "local store not opened:" << detail;
        *error = tr("The local data cache could not be opened: %1").arg(detail);
        return false;
    }
    LocalStore *store = d->store.get();
    d->outbox = std::make_unique<Outbox>(store);
    d->documents = std::make_unique<DocumentCache>(store, nullptr);
    d->discovery = std::make_unique<DiscoveryService>(d->documents.get());
    d->requests = std::make_unique<RequestRepository>(d->outbox.get(), d->documents.get());
    if (d->session)
        d->requests->setServer(d->session->api(), d->session->tracker());
    d->requestUpdates = std::make_unique<RequestUpdates>(d->documents.get());
    d->requestUpdates->watch(d->requests.get());
    d->receipts->setRequests(d->requests.get());
    connect(d->discovery.get(), &DiscoveryService::discoveryChanged, d->receipts.get(), [this] {
        const std::optional<Discovery> facts = d->discovery->discovery();
        d->receipts->setKeys(facts ? facts->receiptKeys : QList<Discovery::ReceiptKey>());
    });
    // The other tables' models are built when first asked for (each reads
    // its first rows and checks the indexes): a start shows one page.
    d->visits = std::make_unique<VisitsModel>(store, &d->startupGate);
    d->account = std::make_unique<Account>(d->documents.get());
    return true;
}

const AppServices::Options &AppServices::options() const
{
    return d->options;
}

ServerProfileStore &AppServices::profiles()
{
    return d->profiles;
}

std::optional<ServerProfile> AppServices::addProfile(ServerProfile profile, QString *error)
{
    if (!CaBundle::adopt(&profile,
                         QDir(d->options.dataDir).filePath(QStringLiteral("certificates")), error))
        return std::nullopt;
    d->profiles.save(profile);
    return profile;
}

QString AppServices::lastProfileId() const
{
    return SettingKeys::lastProfile.read(d->settings());
}

bool AppServices::hasCachedSession(const QString &profileId) const
{
    const QSettings &settings = d->settings();
    return !profileId.isEmpty() && SettingKeys::cacheProfile.read(settings) == profileId &&
           !SettingKeys::cacheSession.read(settings).isEmpty();
}

void AppServices::activateProfile(const ServerProfile &profile)
{
    if (d->session && d->session->profile() == profile)
        return;
    if (d->session) {
        d->idle->stop();
        d->session->stopAll();
        d->session->disconnect(this);
        d->session->auth()->disconnect(this);
        if (d->documents)
            d->documents->setApiClient(nullptr);
        if (d->requests)
            d->requests->setServer(nullptr, nullptr);
        d->receipts->setApi(nullptr);
        // Waits for a running sync page to be written: a switch is rare.
        d->session.reset();
    }
    QSettings &settings = d->settings();
    if (SettingKeys::cacheProfile.read(settings) != profile.id) {
        int held = 0;
        if (wipeCache("on server switch", &held)) {
            SettingKeys::cacheProfile.write(settings, profile.id);
            settings.remove(SettingKeys::cacheSession.name);
            settings.remove(SettingKeys::cacheAccount.name);
        }
    }
    SettingKeys::lastProfile.write(settings, profile.id);
    d->active = profile;

    d->session = std::make_unique<ProfileSession>(profile, d->tokens.get(), &d->timers,
                                                  d->outbox.get(), d->store->path());
    ProfileSession *session = d->session.get();
    AuthService *auth = session->auth();
    connect(auth, &AuthService::signedIn, this, [this] { onSignedIn(); });
    connect(auth, &AuthService::signedOut, this, [this] {
        endSession(std::exchange(d->reason, SignOutReason::User),
                   std::exchange(d->reasonMessage, {}));
    });
    connect(auth, &AuthService::sessionExpired, this, [this](const ApiError &error) {
        d->reason = SignOutReason::User;
        d->reasonMessage.clear();
        // The server purges an account at the end of the deletion's grace
        // period together with its sessions: the client learns it from the
        // session ending (the request row is gone too).
        if (deletionMayHaveCompleted())
            endSession(SignOutReason::AccountDeleted, accountDeletedMessage());
        else
            endSession(SignOutReason::SessionExpired, error.userMessage());
    });
    connect(session, &ProfileSession::syncStarted, this, &AppServices::syncStarted);
    connect(session, &ProfileSession::syncProgress, this, &AppServices::syncProgress);
    connect(session, &ProfileSession::syncCategoryCompleted, this,
            [this](const QString &category) { onCategoryCompleted(category); });
    connect(session, &ProfileSession::syncFinished, this,
            [this](SyncOutcome outcome, const QString &message) {
                d->syncScheduler->syncEnded();
                // Statuses that moved while the app was closed or offline
                // are reported after each sync (RequestUpdates).
                if (d->requests && outcome == SyncOutcome::Completed)
                    d->requests->recentDocument()->refresh();
                Q_EMIT syncFinished(outcome, message);
                if (d->wipeAfterSync && !d->session->isSyncing()) {
                    d->wipeAfterSync = false;
                    finishSignOut();
                }
            });
    connect(session->tracker(), &RequestTracker::requestUpdated, this,
            [this](const QString &id, const QJsonObject &request) {
                d->requestTypes.insert(id, request.value(QStringLiteral("type")).toString());
                // Kept with the outbox item, so that it outlives this run (a
                // deletion cancelled yesterday is not mistaken for a live one).
                d->outbox->recordServerRequest(request);
            });
    connect(session->tracker(), &RequestTracker::statusChanged, this,
            [this](const QString &id, const QString &status) {
                const QString type = d->requestTypes.value(id);
                Q_EMIT requestStatusChanged(id, type, status);
                if (isRequestType(type, RequestType::Delete) &&
                    status == QLatin1String("completed"))
                    onAccountDeleted();
            });
    connect(session->sender(), &OutboxSender::itemFailed, this,
            [this](qint64 id, const ApiError &error) {
                const auto item = d->outbox->item(id);
                const QString type = item ? item->type : QString();
                // A refused correction (412) says what happened and what to do.
                Q_EMIT requestSubmissionFailed(
                    id, type, RefusalReason::message(type, error.slug(), error.userMessage()));
            });
    if (d->documents)
        d->documents->setApiClient(session->api());
    if (d->requests)
        d->requests->setServer(session->api(), session->tracker());
    d->receipts->setApi(session->api());
    Q_EMIT profileActivated();
}

TokenStore *AppServices::tokenStore() const
{
    return d->tokens.get();
}

bool AppServices::hasActiveProfile() const
{
    return d->active.has_value();
}

const ServerProfile &AppServices::activeProfile() const
{
    static const ServerProfile none;
    return d->active ? *d->active : none;
}

ApiClient *AppServices::api() const
{
    return d->session ? d->session->api() : nullptr;
}

bool AppServices::isApiIdle() const
{
    // Every running request is a job owned by the client until it finishes.
    ApiClient *client = api();
    return !client || client->findChildren<ApiJob *>(Qt::FindDirectChildrenOnly).isEmpty();
}

AuthService *AppServices::auth() const
{
    return d->session ? d->session->auth() : nullptr;
}

SyncEngine *AppServices::sync() const
{
    return d->session ? d->session->sync() : nullptr;
}

OutboxSender *AppServices::outboxSender() const
{
    return d->session ? d->session->sender() : nullptr;
}

RequestTracker *AppServices::requestTracker() const
{
    return d->session ? d->session->tracker() : nullptr;
}

LocalStore *AppServices::store() const
{
    return d->store.get();
}

QString AppServices::scratchDir() const
{
    return d->scratch->path();
}

DocumentCache *AppServices::documents() const
{
    return d->documents.get();
}

DiscoveryService *AppServices::discovery() const
{
    return d->discovery.get();
}

RequestRepository *AppServices::requests() const
{
    return d->requests.get();
}

RequestUpdates *AppServices::requestUpdates() const
{
    return d->requestUpdates.get();
}

ReceiptService *AppServices::receipts() const
{
    return d->receipts.get();
}

Outbox *AppServices::outbox() const
{
    return d->outbox.get();
}

IdleMonitor *AppServices::idle() const
{
    return d->idle.get();
}

StartupGate *AppServices::startupGate() const
{
    return &d->startupGate;
}

VisitsModel *AppServices::visits() const
{
    return d->visits.get();
}

MessagesModel *AppServices::messages() const
{
    if (!d->messages && d->store->isOpen())
        d->messages = std::make_unique<MessagesModel>(d->store.get(), &d->startupGate);
    return d->messages.get();
}

LogsModel *AppServices::logs() const
{
    if (!d->logs && d->store->isOpen())
        d->logs = std::make_unique<LogsModel>(d->store.get(), &d->startupGate);
    return d->logs.get();
}

ThirdPartyRecordsModel *AppServices::thirdPartyRecords() const
{
    if (!d->thirdParty && d->store->isOpen())
        d->thirdParty = std::make_unique<ThirdPartyRecordsModel>(d->store.get(), &d->startupGate);
    return d->thirdParty.get();
}

Account *AppServices::account() const
{
    return d->account.get();
}

void AppServices::restoreSession()
{
    if (AuthService *service = auth())
        service->restoreSession();
}

void AppServices::signOut()
{
    AuthService *service = auth();
    if (!service)
        return;
    if (service->state() == AuthService::State::SignedOut) {
        endSession(SignOutReason::User, {});
        return;
    }
    service->signOut();
}

void AppServices::syncNow()
{
    if (!d->session || !d->session->auth()->isSignedIn())
        return;
    d->session->startSync();
    // Requests waiting for a retry go now too.
    d->session->sender()->retryNow();
}

void AppServices::cancelSync()
{
    if (d->session)
        d->session->cancelSync();
}

bool AppServices::isSyncing() const
{
    return d->session && d->session->isSyncing();
}

void AppServices::onSignedIn()
{
    QSettings &settings = d->settings();
    const QString sessionId = d->session->auth()->sessionId();
    // Only a resumed session keeps the cache: after a new sign-in it may
    // hold another account's data.
    if (SettingKeys::cacheSession.read(settings) != sessionId || sessionId.isEmpty()) {
        int held = 0;
        wipeCache("on sign-in", &held);
    }
    SettingKeys::cacheSession.write(settings, sessionId);
    SettingKeys::cacheProfile.write(settings, d->session->profile().id);
    SettingKeys::cacheAccount.write(settings, d->session->auth()->accountId());
    resumeHeld();
    watchReachability();
    d->idle->start();
    d->session->startOutbox();
    d->session->startSync();
    d->syncScheduler->start();
    // The deadlines and the deletion grace period of the server signed in to.
    if (d->discovery)
        d->discovery->refresh();
    Q_EMIT signedIn();
}

void AppServices::onCategoryCompleted(const QString &category)
{
    // A model not built yet reads the new rows when it is.
    CacheTableModel *model = nullptr;
    if (category == QLatin1String("visits"))
        model = d->visits.get();
    else if (category == QLatin1String("messages"))
        model = d->messages.get();
    else if (category == QLatin1String("logs"))
        model = d->logs.get();
    else if (category == QLatin1String("third_party_records"))
        model = d->thirdParty.get();
    if (model)
        model->refresh();
    Q_EMIT syncCategoryCompleted(category);
}

bool AppServices::deletionMayHaveCompleted() const
{
    if (!d->outbox)
        return false;
    // Without the server's grace period nothing says the purge is due: a
    // session that ended is then only a session that ended.
    std::optional<int> graceDays;
    if (d->discovery) {
        if (const auto facts = d->discovery->discovery())
            graceDays = facts->deletionGraceDays;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const OutboxItem &item : d->outbox->items(OutboxItem::State::Sent)) {
        if (!isRequestType(item.type, RequestType::Delete) || item.serverRequestId.isEmpty())
            continue;
        const QString status = item.serverRequest.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("cancelled") || status == QLatin1String("rejected"))
            continue;
        QDateTime filed = QDateTime::fromString(
            item.serverRequest.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        if (!filed.isValid())
            filed = item.updatedAt;
        if (status == QLatin1String("completed"))
            return true;
        if (graceDays && filed.isValid() && filed.addDays(*graceDays) <= now)
            return true;
    }
    return false;
}

void AppServices::preloadForStart()
{
    StoreConnection::loadDriver();
}

QString AppServices::accountDeletedMessage()
{
    return tr("Your account has been deleted, as you asked. You were signed out, and the copy of "
              "your data on this computer was erased.");
}

void AppServices::onAccountDeleted()
{
    if (!d->session)
        return;
    d->reason = SignOutReason::AccountDeleted;
    d->reasonMessage = accountDeletedMessage();
    // Ends the session and removes the tokens; signedOut() then wipes the
    // local data.
    d->session->auth()->signOut();
}

void AppServices::endSession(SignOutReason reason, const QString &message)
{
    d->idle->stop();
    d->settings().remove(SettingKeys::cacheSession.name);
    d->requestTypes.clear();
    d->reason = reason;
    d->reasonMessage = message;
    if (d->session) {
        d->session->stopAll();
        // The sync thread writes to the cache until its run ends: wipe after.
        if (d->session->isSyncing()) {
            d->wipeAfterSync = true;
            return;
        }
    }
    finishSignOut();
}

void AppServices::finishSignOut()
{
    d->syncScheduler->stop();
    const SignOutReason reason = std::exchange(d->reason, SignOutReason::User);
    QString message = std::exchange(d->reasonMessage, {});
    int held = 0;
    // The deletion's signed receipt outlives the account on the server;
    // which request it was is known only until the wipe below.
    if (reason == SignOutReason::AccountDeleted && d->outbox) {
        for (const OutboxItem &item : d->outbox->items(OutboxItem::State::Sent)) {
            const QString status = item.serverRequest.value(QStringLiteral("status")).toString();
            if (isRequestType(item.type, RequestType::Delete) && !item.serverRequestId.isEmpty() &&
                status != QLatin1String("cancelled") && status != QLatin1String("rejected"))
                d->receipts->fetchDeletionReceipt(item.serverRequestId);
        }
    }
    // A deleted account has nobody to send its requests to.
    wipeCache("on sign-out", reason == SignOutReason::AccountDeleted ? nullptr : &held);
    d->scratch->clear();
    if (held > 0) {
        const QString waiting =
            tr("%n request(s) you filed had not reached the server yet. They are kept on this "
               "computer and will be sent when you sign in to this account again.",
               nullptr, held);
        message = message.isEmpty() ? waiting : message + u' ' + waiting;
    }
    qCInfo(lcCore) << "session ended; cache wiped";
    if (d->requests)
        d->requests->clear();
    // The receipts kept in their folder stay: they are the user's proof.
    d->receipts->resetSession();
    Q_EMIT sessionEnded(reason, message);
    Q_EMIT signedOut();
}

bool AppServices::holdUnsent(int *count)
{
    *count = 0;
    if (!d->outbox || !d->store->isOpen())
        return true;
    const QList<OutboxItem> unsent =
        d->outbox->items(OutboxItem::State::Pending) + d->outbox->items(OutboxItem::State::Sending);
    if (unsent.isEmpty())
        return true;
    QSettings &settings = d->settings();
    const QString accountId = SettingKeys::cacheAccount.read(settings);
    const QString profileId = SettingKeys::cacheProfile.read(settings);
    if (accountId.isEmpty() || profileId.isEmpty()) {
        // Without the account they cannot be bound to it, and sending them
        // in another account's session would file them for that account.
        qCWarning(lcCore) << "unsent requests dropped: the server did not name the account";
        return true;
    }
    QString error;
    if (!d->held->hold(HeldRequests::owner(profileId, accountId), unsent, &error)) {
        qCWarning(lcCore).noquote() << "unsent requests not held:" << error;
        return false;
    }
    *count = int(unsent.size());
    return true;
}

void AppServices::resumeHeld()
{
    const QString accountId = d->session->auth()->accountId();
    if (accountId.isEmpty() || !d->outbox)
        return;
    const QList<OutboxItem> held =
        d->held->heldFor(HeldRequests::owner(d->session->profile().id, accountId));
    QStringList queued;
    QString error;
    for (const OutboxItem &item : held) {
        if (d->outbox->restore(item, &error))
            queued << item.idempotencyKey;
        else
            qCWarning(lcCore).noquote() << "a held request was not queued again:" << error;
    }
    if (queued.isEmpty())
        return;
    if (!d->held->release(queued, &error))
        qCWarning(lcCore).noquote() << "held copies not released:" << error;
    qCInfo(lcCore) << "queued again" << queued.size() << "requests held from an earlier session";
    Q_EMIT heldRequestsResumed(int(queued.size()));
}

bool AppServices::wipeCache(const char *when, int *heldCount)
{
    if (heldCount && !holdUnsent(heldCount)) {
        qCWarning(lcCore) << "cache kept" << when << "- unsent requests could not be held";
        return false;
    }
    QString error;
    if (d->store->isOpen() && !d->store->wipe(&error)) {
        qCWarning(lcCore).noquote() << "cache not wiped" << when << ":" << error;
        return false;
    }
    return true;
}

} // namespace pd
