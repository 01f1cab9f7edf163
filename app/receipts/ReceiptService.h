#pragma once

#include "discovery/Discovery.h"
#include "receipts/Receipt.h"
#include "receipts/ReceiptStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace pd {

class ApiClient;
class ApiJob;
class RequestRepository;
struct ApiResult;
struct RequestRecord;

// Receipts for the user's requests: when a request ends, fetches its signed
// receipt, checks it against the key the provider publishes in discovery,
// and keeps it in the receipts folder (ReceiptStore) only when it verifies.
// What is stored survives sign-out and the account's deletion; what it knows
// of this session (a receipt being fetched, one that did not verify) does
// not.
class ReceiptService : public QObject
{
    Q_OBJECT
public:
    enum class State {
        None,        // no receipt (yet): open, waiting, or a server without receipts
        Fetching,    // being fetched
        Verified,    // stored, its signature checked with the provider's key
        NotVerified, // fetched, but it did not verify: never stored
        Failed,      // could not be fetched or stored (message says why)
    };
    Q_ENUM(State)

    struct Status {
        State state = State::None;
        QString message; // for users: why it is not verified or failed
        std::optional<Receipt> receipt;
    };

    // `folder` empty: ReceiptStore::defaultFolder().
    explicit ReceiptService(const QString &folder, QObject *parent = nullptr);
    ~ReceiptService() override;

    const ReceiptStore &store() const { return m_store; }
    QString folder() const { return m_store.folder(); }
    // Where receipts are kept from now on (empty: the default folder); those
    // kept so far move there (ReceiptStore::moveTo()).
    ReceiptStore::Move setFolder(const QString &folder);

    // The requests to follow (not owned; may be null).
    void setRequests(RequestRepository *requests);
    // The active server's client (null when none).
    void setApi(ApiClient *api);
    // The keys the active server publishes in discovery (receipt_keys).
    // Until there are some, no receipt is asked for.
    void setKeys(const QList<Discovery::ReceiptKey> &keys);

    Status status(const QString &requestId) const;
    // After the account was deleted: fetches the deletion's receipt, which
    // the server keeps past the account (GET /receipts/{id}, no sign-in),
    // checked with the keys known now (the discovery document is wiped
    // with the rest of the cache meanwhile).
    void fetchDeletionReceipt(const QString &requestId);
    // Checks the server's answer `signedReceipt` for `record` against
    // `keys`: Verified with the receipt, or NotVerified with why.
    static Status check(const QJsonObject &signedReceipt, const RequestRecord &record,
                        const QList<Discovery::ReceiptKey> &keys);

public Q_SLOTS:
    // Forgets this session's fetches and failures (sign-out); stored
    // receipts stay.
    void resetSession();

Q_SIGNALS:
    void statusChanged(const QString &requestId);

private:
    void consider(const RequestRecord &record);
    void considerAll();
    void fetchNext();
    void onFetched(const QString &requestId, const ApiResult &result);
    // Saves a verified receipt; a Failed status when it cannot be.
    Status keep(Status checked) const;
    void fetchDeletion(const RequestRecord &record, const QList<Discovery::ReceiptKey> &keys,
                       int attempt);
    void setStatus(const QString &requestId, Status status);

    ReceiptStore m_store;
    QPointer<RequestRepository> m_requests;
    QList<Discovery::ReceiptKey> m_keys;
    QPointer<ApiClient> m_api;
    QPointer<ApiJob> m_job;
    QHash<QString, Status> m_session; // by request id
    QStringList m_queue;
};

} // namespace pd
