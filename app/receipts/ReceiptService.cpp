#include "receipts/ReceiptService.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/ApiRequest.h"
#include "common/ApiResult.h"
#include "receipts/Ed25519Signature.h"
#include "requests/RequestRecord.h"
#include "requests/RequestRepository.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace pd {

Q_LOGGING_CATEGORY(lcReceipts, "pd.receipts")

namespace {

QString receiptPath(const QString &requestId)
{
    return QStringLiteral("/requests/") + QString::fromLatin1(QUrl::toPercentEncoding(requestId)) +
           QStringLiteral("/receipt");
}

// The server signs a deletion's receipt just after the purge commits: a
// session that ended at that moment may ask a little before it is there.
constexpr int kDeletionAttempts = 3;
constexpr int kDeletionRetryMs = 2000;

} // namespace

ReceiptService::ReceiptService(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_store(folder)
{}

ReceiptService::~ReceiptService() = default;

ReceiptStore::Move ReceiptService::setFolder(const QString &folder)
{
    return m_store.moveTo(folder.isEmpty() ? ReceiptStore::defaultFolder() : folder);
}

void ReceiptService::setRequests(RequestRepository *requests)
{
    if (m_requests)
        m_requests->disconnect(this);
    m_requests = requests;
    if (requests) {
        connect(requests, &RequestRepository::recordChanged, this, &ReceiptService::consider);
        connect(requests, &RequestRepository::loaded, this, &ReceiptService::considerAll);
    }
}

void ReceiptService::setKeys(const QList<Discovery::ReceiptKey> &keys)
{
    m_keys = keys;
    // What did not verify with the keys known before (another server's, or
    // none yet) is asked for again with these.
    m_session.removeIf([](const auto &entry) {
        return entry.value().state == State::NotVerified || entry.value().state == State::Failed;
    });
    // The keys may arrive after the requests (both are fetched at sign-in).
    considerAll();
}

void ReceiptService::setApi(ApiClient *api)
{
    if (api == m_api)
        return;
    m_api = api;
    if (ApiJob *job = m_job.data()) {
        m_job.clear();
        job->disconnect(this);
        job->cancel();
    }
    resetSession();
}

void ReceiptService::resetSession()
{
    const QStringList ids = m_session.keys();
    m_session.clear();
    m_queue.clear();
    for (const QString &id : ids)
        Q_EMIT statusChanged(id);
}

ReceiptService::Status ReceiptService::status(const QString &requestId) const
{
    const auto it = m_session.constFind(requestId);
    if (it != m_session.constEnd())
        return *it;
    // Kept in an earlier session (or before this account was deleted):
    // checked again with the key it was verified with.
    if (std::optional<Receipt> stored = m_store.load(requestId)) {
        if (stored->isSignatureValid())
            return {State::Verified, QString(), stored};
        return {State::NotVerified,
                tr("The stored receipt no longer matches its signature: the file was changed."),
                std::nullopt};
    }
    return {};
}

void ReceiptService::considerAll()
{
    if (!m_requests)
        return;
    for (const RequestRecord &record : m_requests->serverRecords())
        consider(record);
}

void ReceiptService::consider(const RequestRecord &record)
{
    if (record.id.isEmpty() || !record.isFinal() || m_session.contains(record.id) ||
        m_queue.contains(record.id))
        return;
    // A server without receipt keys signs no receipts: nothing to ask.
    if (m_keys.isEmpty())
        return;
    if (status(record.id).state == State::Verified)
        return;
    m_queue.append(record.id);
    setStatus(record.id, {State::Fetching, QString(), std::nullopt});
    fetchNext();
}

void ReceiptService::fetchNext()
{
    // One at a time: a first load may find many ended requests.
    if (m_job || m_queue.isEmpty() || !m_api)
        return;
    const QString id = m_queue.takeFirst();
    m_job = m_api->send(ApiRequest::get(receiptPath(id)));
    connect(m_job, &ApiJob::finished, this,
            [this, id](const ApiResult &result) { onFetched(id, result); });
}

void ReceiptService::onFetched(const QString &requestId, const ApiResult &result)
{
    m_job.clear();
    const std::optional<RequestRecord> record =
        m_requests ? m_requests->record(requestId) : std::nullopt;
    if (!result.ok()) {
        if (result.error->kind() == ApiError::Kind::Cancelled)
            m_session.remove(requestId);
        else
            setStatus(requestId,
                      {State::Failed,
                       tr("The receipt could not be fetched: %1").arg(result.error->userMessage()),
                       std::nullopt});
    } else if (record) {
        setStatus(requestId, keep(check(result.json.object(), *record, m_keys)));
    } else {
        m_session.remove(requestId);
    }
    fetchNext();
}

ReceiptService::Status ReceiptService::keep(Status checked) const
{
    if (checked.state != State::Verified) {
        qCWarning(lcReceipts).noquote() << "receipt not verified:" << checked.message;
        return checked;
    }
    QString error;
    if (!m_store.save(*checked.receipt, &error)) {
        qCWarning(lcReceipts) << "receipt not saved";
        return {State::Failed, tr("The verified receipt could not be saved in %1.").arg(error),
                std::nullopt};
    }
    return checked;
}

void ReceiptService::fetchDeletionReceipt(const QString &requestId)
{
    if (requestId.isEmpty() || m_keys.isEmpty() || status(requestId).state == State::Verified)
        return;
    RequestRecord record;
    record.id = requestId;
    record.type = QStringLiteral("delete");
    record.status = QStringLiteral("completed");
    setStatus(requestId, {State::Fetching, QString(), std::nullopt});
    fetchDeletion(record, m_keys, 1);
}

void ReceiptService::fetchDeletion(const RequestRecord &record,
                                   const QList<Discovery::ReceiptKey> &keys, int attempt)
{
    if (!m_api)
        return;
    ApiJob *job =
        m_api->send(ApiRequest::get(QStringLiteral("/receipts/") +
                                    QString::fromLatin1(QUrl::toPercentEncoding(record.id)))
                        .withoutAuth());
    connect(job, &ApiJob::finished, this, [this, record, keys, attempt](const ApiResult &result) {
        if (result.ok()) {
            setStatus(record.id, keep(check(result.json.object(), record, keys)));
        } else if (result.error->httpStatus() == 404 && attempt < kDeletionAttempts) {
            QTimer::singleShot(kDeletionRetryMs, this, [this, record, keys, attempt] {
                fetchDeletion(record, keys, attempt + 1);
            });
        } else {
            setStatus(record.id,
                      {State::Failed,
                       tr("The receipt could not be fetched: %1").arg(result.error->userMessage()),
                       std::nullopt});
        }
    });
}

ReceiptService::Status ReceiptService::check(const QJsonObject &signedReceipt,
                                             const RequestRecord &record,
                                             const QList<Discovery::ReceiptKey> &keys)
{
    const auto notVerified = [](const QString &why) {
        return Status{State::NotVerified, why, std::nullopt};
    };
    QString error;
    std::optional<Receipt> receipt = Receipt::fromText(
        signedReceipt.value(QLatin1String("receipt")).toString().toUtf8(), &error);
    const auto signature = QByteArray::fromBase64Encoding(
        signedReceipt.value(QLatin1String("signature")).toString().toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!receipt || !signature)
        return notVerified(tr("The provider's receipt is not in a form this app can read."));
    receipt->signature = *signature;
    if (receipt->requestId != record.id || receipt->type != record.type ||
        receipt->outcome != record.status)
        return notVerified(tr("The receipt does not describe this request as the provider "
                              "reports it."));
    const auto key = std::find_if(keys.cbegin(), keys.cend(), [&](const Discovery::ReceiptKey &k) {
        return k.kid == receipt->kid;
    });
    if (key == keys.cend())
        return notVerified(tr("The receipt is signed with a key the provider does not publish."));
    receipt->publicKey = key->publicKey;
    switch (Ed25519Signature::verify(receipt->publicKey, receipt->text, receipt->signature)) {
    case Ed25519Signature::Check::Valid:
        return {State::Verified, QString(), receipt};
    case Ed25519Signature::Check::Unavailable:
        return notVerified(tr("The receipt cannot be checked: the OpenSSL library (libcrypto) "
                              "with Ed25519 could not be loaded."));
    case Ed25519Signature::Check::Invalid:
        break;
    }
    return notVerified(tr("The receipt's signature does not match the provider's key: it may "
                          "have been altered. It was not kept."));
}

void ReceiptService::setStatus(const QString &requestId, Status status)
{
    m_session.insert(requestId, std::move(status));
    Q_EMIT statusChanged(requestId);
}

} // namespace pd
