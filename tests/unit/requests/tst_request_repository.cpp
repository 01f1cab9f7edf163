// The one owner of request state, on the fake network: the paged list, the
// outbox's waiting items, cancel (also queued in the outbox), the export
// result of a record, a deletion's grace period counting down; and the
// signed receipts of ended requests (ReceiptService), checked and kept.
#include "ApiClientTestBase.h"
#include "TempStores.h"

#include "cache/CachedDocument.h"
#include "cache/DocumentCache.h"
#include "core/ApiOutboxTransport.h"
#include "discovery/Discovery.h"
#include "outbox/Backoff.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxSender.h"
#include "outbox/OutboxTransport.h"
#include "receipts/ReceiptService.h"
#include "receipts/ReceiptStore.h"
#include "requests/PendingDeletion.h"
#include "requests/RequestRepository.h"
#include "store/LocalStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrlQuery>

#include <openssl/evp.h>

#include <memory>

using namespace pd;
using namespace pd::test;

namespace {

QJsonObject request(const QString &id, const QString &type, const QString &status)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("type"), type},
            {QStringLiteral("status"), status},
            {QStringLiteral("created_at"), QStringLiteral("2026-01-02T03:04:05.000Z")}};
}

QByteArray page(const QJsonArray &items, const QString &next = {})
{
    QJsonObject body{{QStringLiteral("items"), items}};
    if (!next.isEmpty())
        body.insert(QStringLiteral("next_cursor"), next);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

const QString kSha = QString(64, QLatin1Char('a'));

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

// A provider's receipt key, made here with OpenSSL as the server makes it.
Key newKey()
{
    return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), &EVP_PKEY_free);
}

Discovery::ReceiptKey publicOf(EVP_PKEY *key, const QString &kid)
{
    QByteArray raw(32, Qt::Uninitialized);
    size_t length = 32;
    EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(raw.data()), &length);
    return {kid, raw};
}

QByteArray receiptText(const QString &id, const QString &type, const QString &outcome,
                       const QString &kid)
{
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("format"), QStringLiteral("privacy-dashboard-receipt/1")},
                   {QStringLiteral("issuer"), QStringLiteral("https://example.test/api/v1")},
                   {QStringLiteral("kid"), kid},
                   {QStringLiteral("request_id"), id},
                   {QStringLiteral("account_id"), QStringLiteral("acct-1")},
                   {QStringLiteral("type"), type},
                   {QStringLiteral("outcome"), outcome},
                   {QStringLiteral("received_at"), QStringLiteral("2026-01-02T03:04:05.000Z")},
                   {QStringLiteral("due_at"), QStringLiteral("2026-01-05T03:04:05.000Z")},
                   {QStringLiteral("expected_by"), QStringLiteral("2026-01-05T03:04:05.000Z")},
                   {QStringLiteral("ended_at"), QStringLiteral("2026-01-03T03:04:05.000Z")},
                   {QStringLiteral("reason_code"), QJsonValue()},
                   {QStringLiteral("archive_sha256"), kSha},
                   {QStringLiteral("archive_size_bytes"), 2048}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject signedReceipt(EVP_PKEY *key, const QByteArray &text, const QString &kid)
{
    QByteArray signature(64, Qt::Uninitialized);
    size_t length = 64;
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    EVP_DigestSignInit(context, nullptr, nullptr, nullptr, key);
    EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                   reinterpret_cast<const unsigned char *>(text.constData()), size_t(text.size()));
    EVP_MD_CTX_free(context);
    return {{QStringLiteral("receipt"), QString::fromUtf8(text)},
            {QStringLiteral("signature"),
             QString::fromLatin1(signature.toBase64(QByteArray::Base64UrlEncoding |
                                                    QByteArray::OmitTrailingEquals))},
            {QStringLiteral("alg"), QStringLiteral("EdDSA")},
            {QStringLiteral("kid"), kid}};
}

} // namespace

class TestRequestRepository : public ApiClientTestBase
{
    Q_OBJECT

    TempStores m_stores;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<RequestRepository> m_repository;
    std::unique_ptr<ApiOutboxTransport> m_transport;
    std::unique_ptr<OutboxSender> m_sender;

    // Sends the outbox's items as the app does (its ProfileSession).
    void startSending()
    {
        m_transport = std::make_unique<ApiOutboxTransport>(client);
        m_sender = std::make_unique<OutboxSender>(
            m_outbox.get(), m_transport.get(), timers,
            Backoff(std::chrono::milliseconds(100), std::chrono::milliseconds(1000)));
        m_sender->start();
    }

private Q_SLOTS:
    void init()
    {
        setUp();
        QString error;
        m_store = m_stores.open(&error);
        QVERIFY2(m_store, qPrintable(error));
        m_outbox = std::make_unique<Outbox>(m_store.get());
        m_repository = std::make_unique<RequestRepository>(m_outbox.get());
        m_repository->setServer(client, nullptr);
    }
    void cleanup()
    {
        m_sender.reset();
        m_transport.reset();
        m_repository.reset();
        m_outbox.reset();
        m_store.reset();
        tearDown();
    }

    void reloadReadsEveryPage()
    {
        network->setHandler([](const FakeRequest &sent) {
            const QUrlQuery query(sent.url);
            if (query.queryItemValue(QStringLiteral("cursor")) == QLatin1String("c2"))
                return FakeResponse::json(
                    200, page({request(QStringLiteral("r3"), QStringLiteral("edit"),
                                       QStringLiteral("completed"))}));
            return FakeResponse::json(
                200, page({request(QStringLiteral("r1"), QStringLiteral("export"),
                                   QStringLiteral("received")),
                           // Without an id: not a request; skipped, not fatal.
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("export")}},
                           request(QStringLiteral("r2"), QStringLiteral("portability_transfer"),
                                   QStringLiteral("in_progress"))},
                          QStringLiteral("c2")));
        });
        QSignalSpy loaded(m_repository.get(), &RequestRepository::loaded);
        QSignalSpy loading(m_repository.get(), &RequestRepository::loadingChanged);
        m_repository->reload();
        QVERIFY(m_repository->isLoading());
        QVERIFY(loaded.wait(5000));
        QVERIFY(!m_repository->isLoading());
        QVERIFY(m_repository->hasLoaded());
        QCOMPARE(loading.size(), 2);

        const QList<FakeRequest> sent = network->requests();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).method, QByteArray("GET"));
        QCOMPARE(sent.at(0).url.path(), QStringLiteral("/api/v1/requests"));
        QCOMPARE(QUrlQuery(sent.at(0).url).queryItemValue(QStringLiteral("limit")),
                 QString::number(RequestRepository::kPageSize));
        QCOMPARE(QUrlQuery(sent.at(1).url).queryItemValue(QStringLiteral("cursor")),
                 QStringLiteral("c2"));

        const QList<RequestRecord> records = m_repository->serverRecords();
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).knownType(), std::optional(RequestType::Export));
        // A newer server's type is kept, named as it is.
        QCOMPARE(records.at(1).type, QStringLiteral("portability_transfer"));
        QCOMPARE(records.at(1).knownType(), std::nullopt);
        QVERIFY(records.at(2).isFinal());
        QCOMPARE(records.at(0).createdAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    }

    void aFailedLoadSaysWhy()
    {
        network->setHandler([](const FakeRequest &) {
            return FakeResponse::problem(403, QStringLiteral("forbidden"));
        });
        QSignalSpy failed(m_repository.get(), &RequestRepository::loadFailed);
        m_repository->reload();
        QVERIFY(failed.wait(5000));
        QVERIFY(!m_repository->hasLoaded());
        QVERIFY(!m_repository->loadError().isEmpty());
        QVERIFY(m_repository->serverRecords().isEmpty());
    }

    void waitingRecordsComeFromTheOutbox()
    {
        QSignalSpy waitingChanged(m_repository.get(), &RequestRepository::waitingChanged);
        QString error;
        const auto first = m_outbox->submit(QStringLiteral("export"), {}, &error);
        const auto second = m_outbox->submit(QStringLiteral("unsubscribe"), {}, &error);
        QVERIFY2(first && second, qPrintable(error));
        QCOMPARE(waitingChanged.size(), 2);
        QList<RequestRecord> waiting = m_repository->waitingRecords();
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting.at(0).outboxId, second->id); // newest first
        QVERIFY(waiting.at(0).waiting);
        QVERIFY(!waiting.at(0).canCancel());

        // Once the server accepted it, its request is a server record.
        QSignalSpy changed(m_repository.get(), &RequestRepository::recordChanged);
        QVERIFY(m_outbox->markSending(first->id));
        QVERIFY(
            m_outbox->markSent(first->id, request(QStringLiteral("r9"), QStringLiteral("export"),
                                                  QStringLiteral("received"))));
        waiting = m_repository->waitingRecords();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.at(0).outboxId, second->id);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.constLast().constFirst().value<RequestRecord>().id, QStringLiteral("r9"));
        QCOMPARE(m_repository->records().size(), 2);
        QVERIFY(m_repository->record(QStringLiteral("r9")).has_value());
    }

    void requestsAreFiledDurablyThroughTheRepository()
    {
        QVERIFY(m_repository->canFile());
        QString error;
        const auto filed =
            m_repository->file(RequestType::Unsubscribe,
                               {{QStringLiteral("channels"), QJsonArray{u"sms"_qs}}}, &error);
        QVERIFY2(filed, qPrintable(error));
        const auto stored = m_outbox->item(filed->id);
        QVERIFY(stored);
        QCOMPARE(stored->type, QStringLiteral("unsubscribe"));
        QCOMPARE(stored->state, OutboxItem::State::Pending);
        QCOMPARE(m_repository->waitingRecords().size(), 1);

        RequestRepository closed(nullptr);
        QVERIFY(!closed.canFile());
        QVERIFY(!closed.file(RequestType::Export, {}, &error));
        QVERIFY(!error.isEmpty());
    }

    void aStaleCorrectionIsOfferedUntilALaterOneSettlesIt()
    {
        QVERIFY(!m_repository->staleCorrectionToReapply());
        const QJsonObject changes{{QStringLiteral("phone"), QStringLiteral("+62 21 555 0100")}};
        QString error;
        const auto refused =
            m_repository->file(RequestType::Edit, {{QStringLiteral("changes"), changes}}, &error);
        QVERIFY2(refused, qPrintable(error));
        QVERIFY(m_outbox->markSending(refused->id));
        // Refused for another reason: nothing to re-apply.
        QVERIFY(m_outbox->markFailed(refused->id, QStringLiteral("problem status=422 "
                                                                 "slug=validation-failed")));
        QVERIFY(!m_repository->staleCorrectionToReapply());

        const auto stale =
            m_repository->file(RequestType::Edit, {{QStringLiteral("changes"), changes}}, &error);
        QVERIFY2(stale, qPrintable(error));
        QVERIFY(m_outbox->markSending(stale->id));
        QVERIFY(m_outbox->markFailed(stale->id, QStringLiteral("problem status=412 "
                                                               "slug=precondition-failed")));
        const std::optional<OutboxItem> offered = m_repository->staleCorrectionToReapply();
        QVERIFY(offered);
        QCOMPARE(offered->id, stale->id);
        QCOMPARE(offered->payload.value(QLatin1String("changes")).toObject(), changes);

        // Another kind of request does not settle it; a later correction does.
        QVERIFY(m_repository->file(RequestType::Export, {}, &error));
        QVERIFY(m_repository->staleCorrectionToReapply());
        QVERIFY(
            m_repository->file(RequestType::Edit, {{QStringLiteral("changes"), changes}}, &error));
        QVERIFY(!m_repository->staleCorrectionToReapply());
    }

    void cancelPostsAndUpdatesTheRecord()
    {
        network->setHandler([](const FakeRequest &sent) {
            if (sent.method == "POST")
                return FakeResponse::json(
                    200, QJsonDocument(request(QStringLiteral("r1"), QStringLiteral("delete"),
                                               QStringLiteral("cancelled")))
                             .toJson());
            return FakeResponse::json(200,
                                      page({request(QStringLiteral("r1"), QStringLiteral("delete"),
                                                    QStringLiteral("received"))}));
        });
        QSignalSpy loaded(m_repository.get(), &RequestRepository::loaded);
        m_repository->reload();
        QVERIFY(loaded.wait(5000));
        QVERIFY(m_repository->serverRecords().constFirst().canCancel());

        startSending();
        QSignalSpy finished(m_repository.get(), &RequestRepository::cancelFinished);
        m_repository->cancel(QStringLiteral("r1"));
        QVERIFY(m_repository->isCancelling());
        // Saved before anything is sent.
        QCOMPARE(m_repository->cancellationOf(QStringLiteral("r1"))->state,
                 OutboxItem::State::Pending);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.constFirst().at(1).value<RequestRepository::CancelOutcome>(),
                 RequestRepository::CancelOutcome::Cancelled);
        const FakeRequest post = network->requests().constLast();
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.url.path(), QStringLiteral("/api/v1/requests/r1/cancel"));
        QVERIFY(post.body.isEmpty());
        QCOMPARE(m_repository->serverRecords().size(), 1);
        QCOMPARE(m_repository->serverRecords().constFirst().status, QStringLiteral("cancelled"));
        QVERIFY(!m_repository->serverRecords().constFirst().canCancel());
    }

    void cancelSendsTheUsersReason()
    {
        network->setHandler([](const FakeRequest &) {
            QJsonObject cancelled = request(QStringLiteral("r1"), QStringLiteral("export"),
                                            QStringLiteral("cancelled"));
            cancelled.insert(
                QStringLiteral("cancellation"),
                QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-01-03T00:00:00.000Z")},
                            {QStringLiteral("reason"), QStringLiteral("Not needed.")}});
            return FakeResponse::json(200, QJsonDocument(cancelled).toJson());
        });
        startSending();
        QSignalSpy finished(m_repository.get(), &RequestRepository::cancelFinished);
        m_repository->cancel(QStringLiteral("r1"), QStringLiteral("  Not needed.\n"));
        QVERIFY(finished.wait(5000));
        const FakeRequest post = network->requests().constLast();
        QCOMPARE(post.url.path(), QStringLiteral("/api/v1/requests/r1/cancel"));
        QCOMPARE(QJsonDocument::fromJson(post.body).object(),
                 (QJsonObject{{QStringLiteral("reason"), QStringLiteral("Not needed.")}}));
        const RequestRecord &record = m_repository->serverRecords().constFirst();
        QVERIFY(record.cancellation);
        QCOMPARE(record.cancellation->reason, QStringLiteral("Not needed."));
        QCOMPARE(
            record.cancellation->at,
            QDateTime::fromString(QStringLiteral("2026-01-03T00:00:00.000Z"), Qt::ISODateWithMs));

        // A reason past the contract's limit is cut to it, not refused.
        m_repository->cancel(QStringLiteral("r1"), QString(600, QLatin1Char('x')));
        QVERIFY(finished.wait(5000));
        QCOMPARE(QJsonDocument::fromJson(network->requests().constLast().body)
                     .object()
                     .value(QStringLiteral("reason"))
                     .toString()
                     .size(),
                 RequestRepository::kMaxCancelReasonLength);
    }

    void aRecordReadsExtensionsDenialAndHistory()
    {
        const QJsonObject json{
            {QStringLiteral("id"), QStringLiteral("r9")},
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("status"), QStringLiteral("rejected")},
            {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00.000Z")},
            {QStringLiteral("due_at"), QStringLiteral("2026-01-31T00:00:00.000Z")},
            {QStringLiteral("expected_by"), QStringLiteral("2026-03-02T00:00:00.000Z")},
            {QStringLiteral("extensions"),
             QJsonArray{
                 QJsonObject{
                     {QStringLiteral("at"), QStringLiteral("2026-01-20T00:00:00.000Z")},
                     {QStringLiteral("reason_code"), QStringLiteral("complexity")},
                     {QStringLiteral("explanation"), QStringLiteral("Takes longer.")},
                     {QStringLiteral("expected_by"), QStringLiteral("2026-03-02T00:00:00.000Z")}},
                 // A newer server's code reads as "other"; one without a
                 // date is left out.
                 QJsonObject{
                     {QStringLiteral("at"), QStringLiteral("2026-01-21T00:00:00.000Z")},
                     {QStringLiteral("reason_code"), QStringLiteral("moon_phase")},
                     {QStringLiteral("explanation"), QJsonValue()},
                     {QStringLiteral("expected_by"), QStringLiteral("2026-03-03T00:00:00.000Z")}},
                 QJsonObject{{QStringLiteral("reason_code"), QStringLiteral("volume")}}}},
            {QStringLiteral("denial"),
             QJsonObject{{QStringLiteral("reason_code"), QStringLiteral("claim_not_covered")},
                         {QStringLiteral("explanation"), QStringLiteral("Not covered.")}}},
            // Contradicting the status: ignored.
            {QStringLiteral("cancellation"),
             QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-01-22T00:00:00.000Z")},
                         {QStringLiteral("reason"), QStringLiteral("?")}}},
            {QStringLiteral("history"),
             QJsonArray{
                 QJsonObject{
                     {QStringLiteral("status"), QStringLiteral("in_progress")},
                     {QStringLiteral("at"), QStringLiteral("2026-01-20T00:00:00.000Z")},
                     {QStringLiteral("message"), QStringLiteral("Takes longer.")},
                     {QStringLiteral("kind"), QStringLiteral("extension")},
                     {QStringLiteral("reason_code"), QStringLiteral("complexity")},
                     {QStringLiteral("expected_by"), QStringLiteral("2026-03-02T00:00:00.000Z")}},
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("rejected")},
                             {QStringLiteral("at"), QStringLiteral("2026-02-01T00:00:00.000Z")},
                             {QStringLiteral("message"), QStringLiteral("Not covered.")},
                             {QStringLiteral("kind"), QStringLiteral("status")},
                             {QStringLiteral("reason_code"), QStringLiteral("claim_not_covered")},
                             {QStringLiteral("expected_by"), QJsonValue()}}}},
        };
        const auto record = RequestRecord::fromJson(json);
        QVERIFY(record);
        const auto at = [](const char *text) {
            return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
        };
        QCOMPARE(record->dueAt, at("2026-01-31T00:00:00.000Z"));
        QCOMPARE(record->answerExpectedBy(), at("2026-03-02T00:00:00.000Z"));
        QVERIFY(record->wasExtended());
        QCOMPARE(record->extensions.size(), 2);
        QCOMPARE(record->extensions.at(0).reason, ExtensionReason::Complexity);
        QCOMPARE(record->extensions.at(0).explanation, QStringLiteral("Takes longer."));
        QCOMPARE(record->extensions.at(0).at, at("2026-01-20T00:00:00.000Z"));
        QCOMPARE(record->extensions.at(1).reason, ExtensionReason::Other);
        QCOMPARE(record->extensions.at(1).reasonCode, QStringLiteral("moon_phase"));
        QVERIFY(record->extensions.at(1).explanation.isEmpty());
        QVERIFY(record->denial);
        QCOMPARE(record->denial->reason, DenialReason::ClaimNotCovered);
        QCOMPARE(record->denial->explanation, QStringLiteral("Not covered."));
        QVERIFY(!record->cancellation);
        QCOMPARE(record->history.size(), 2);
        QVERIFY(record->history.at(0).extension);
        QCOMPARE(record->history.at(0).expectedBy, at("2026-03-02T00:00:00.000Z"));
        QVERIFY(!record->history.at(1).extension);
        QCOMPARE(record->history.at(1).reasonCode, QStringLiteral("claim_not_covered"));
        QCOMPARE(denialReasonFromCode(QStringLiteral("brand_new")), DenialReason::Other);

        // Overdue counts from the extended date, not the statutory one.
        RequestRecord open = *record;
        open.status = QStringLiteral("in_progress");
        QVERIFY(!open.isOverdue(at("2026-02-15T00:00:00.000Z")));
        QVERIFY(open.isOverdue(at("2026-03-03T00:00:00.000Z")));
        // An older server sends no expected_by: the due date stands in.
        open.expectedBy = {};
        QVERIFY(open.isOverdue(at("2026-02-15T00:00:00.000Z")));
    }

    void aCancelTooLateSaysSoAndRefreshes()
    {
        network->setHandler([](const FakeRequest &sent) {
            if (sent.method == "POST")
                return FakeResponse::problem(409, QStringLiteral("conflict"));
            return FakeResponse::json(
                200, QJsonDocument(request(QStringLiteral("r1"), QStringLiteral("export"),
                                           QStringLiteral("completed")))
                         .toJson());
        });
        startSending();
        QSignalSpy finished(m_repository.get(), &RequestRepository::cancelFinished);
        QSignalSpy changed(m_repository.get(), &RequestRepository::recordChanged);
        m_repository->cancel(QStringLiteral("r1"));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.constFirst().at(1).value<RequestRepository::CancelOutcome>(),
                 RequestRepository::CancelOutcome::AlreadyEnded);
        QVERIFY(changed.wait(5000));
        QCOMPARE(network->requests().constLast().url.path(), QStringLiteral("/api/v1/requests/r1"));
        QCOMPARE(m_repository->serverRecords().constFirst().status, QStringLiteral("completed"));
    }

    // Offline, a cancel is kept in the outbox: the user is told so at once
    // (not left waiting), and it is sent when the server can be reached,
    // once, also when the user asks again meanwhile.
    void aCancelWhileOfflineIsQueuedAndSentLater()
    {
        bool online = false;
        int posts = 0;
        network->setHandler([&online, &posts](const FakeRequest &sent) {
            if (!online) {
                FakeResponse refused;
                refused.networkError = QNetworkReply::ConnectionRefusedError;
                return refused;
            }
            if (sent.method == "POST")
                ++posts;
            return FakeResponse::json(
                200, QJsonDocument(request(QStringLiteral("r1"), QStringLiteral("export"),
                                           QStringLiteral("cancelled")))
                         .toJson());
        });
        // One attempt a send: the outbox's backoff is what retries here.
        makeClient(profileFor(QStringLiteral("https://api.test")), 1);
        m_repository->setServer(client, nullptr);
        startSending();
        QSignalSpy finished(m_repository.get(), &RequestRepository::cancelFinished);
        m_repository->cancel(QStringLiteral("r1"), QStringLiteral("Changed my mind."));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.constFirst().at(1).value<RequestRepository::CancelOutcome>(),
                 RequestRepository::CancelOutcome::Queued);
        QVERIFY(!m_repository->isCancelling());
        const std::optional<OutboxItem> queued = m_repository->cancellationOf(QStringLiteral("r1"));
        QVERIFY(queued);
        QCOMPARE(queued->state, OutboxItem::State::Pending);
        QCOMPARE(queued->payload.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Changed my mind."));

        m_repository->cancel(QStringLiteral("r1"), QStringLiteral("Changed my mind."));
        QVERIFY(m_repository->isCancelling());
        QCOMPARE(m_repository->cancellationOf(QStringLiteral("r1"))->id, queued->id);

        online = true;
        m_sender->retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QCOMPARE(finished.constLast().at(1).value<RequestRepository::CancelOutcome>(),
                 RequestRepository::CancelOutcome::Cancelled);
        QCOMPARE(posts, 1);
        QCOMPARE(m_outbox->item(queued->id)->state, OutboxItem::State::Sent);
        QCOMPARE(m_repository->record(QStringLiteral("r1"))->status, QStringLiteral("cancelled"));
        int cancellations = 0;
        for (const OutboxItem &item : m_outbox->items())
            cancellations += item.isCancellation() ? 1 : 0;
        QCOMPARE(cancellations, 1);
    }

    void aCompletedExportHasItsArchive()
    {
        QJsonObject json =
            request(QStringLiteral("r5"), QStringLiteral("export"), QStringLiteral("completed"));
        json.insert(QStringLiteral("result"),
                    QJsonObject{{QStringLiteral("archive_url"),
                                 QStringLiteral("https://api.test/api/v1/requests/r5/archive")},
                                {QStringLiteral("size_bytes"), 1234},
                                {QStringLiteral("sha256"), kSha}});
        auto record = RequestRecord::fromJson(json);
        QVERIFY(record);
        const auto archive = record->exportResult();
        QVERIFY(archive);
        QCOMPARE(archive->requestId, QStringLiteral("r5"));
        QCOMPARE(archive->sizeBytes, 1234);
        QCOMPARE(archive->sha256, kSha);
        QVERIFY(record->hasArchive());

        // A malformed result offers no archive, nor does an open export.
        record->result.insert(QStringLiteral("sha256"), QStringLiteral("not-hex"));
        QVERIFY(!record->hasArchive());
        json.insert(QStringLiteral("status"), QStringLiteral("in_progress"));
        QVERIFY(!RequestRecord::fromJson(json)->hasArchive());
    }

    void recentRequestsAreCachedForTheSummary()
    {
        network->setHandler([](const FakeRequest &) {
            return FakeResponse::json(200,
                                      page({request(QStringLiteral("r1"), QStringLiteral("export"),
                                                    QStringLiteral("received"))}));
        });
        DocumentCache cache(m_store.get());
        cache.setApiClient(client);
        RequestRepository repository(m_outbox.get(), &cache);
        repository.setServer(client, nullptr);
        QSignalSpy changed(repository.recentDocument(), &CachedDocument::changed);
        repository.recentDocument()->load();
        QVERIFY(changed.wait(5000));
        QCOMPARE(network->requests().constLast().url.path(), QStringLiteral("/api/v1/requests"));
        QCOMPARE(
            QUrlQuery(network->requests().constLast().url).queryItemValue(QStringLiteral("limit")),
            QString::number(RequestRepository::kPageSize));

        QString error;
        QVERIFY(m_outbox->submit(QStringLiteral("unsubscribe"), {}, &error));
        const QList<RequestRecord> recent = repository.recentRecords();
        QCOMPARE(recent.size(), 2);
        QVERIFY(recent.at(0).waiting); // what waits comes first
        QCOMPARE(recent.at(1).id, QStringLiteral("r1"));

        // Kept in the cache: a later run shows it before any refresh.
        RequestRepository later(m_outbox.get(), &cache);
        QSignalSpy laterChanged(later.recentDocument(), &CachedDocument::changed);
        network->setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
        later.recentDocument()->load();
        QVERIFY(!laterChanged.isEmpty() || laterChanged.wait(5000));
        QCOMPARE(later.recentRecords().size(), 2);
    }

    void aReceiptVerifiesOnlyWithTheProvidersKeyAndUnaltered()
    {
        const Key provider = newKey();
        const Key other = newKey();
        QVERIFY(provider && other);
        const QString kid = QStringLiteral("k1");
        const auto record = RequestRecord::fromJson(
            request(QStringLiteral("r1"), QStringLiteral("export"), QStringLiteral("completed")));
        QVERIFY(record);
        const QByteArray text = receiptText(QStringLiteral("r1"), QStringLiteral("export"),
                                            QStringLiteral("completed"), kid);
        const QJsonObject good = signedReceipt(provider.get(), text, kid);
        const QList<Discovery::ReceiptKey> keys{publicOf(provider.get(), kid)};

        const ReceiptService::Status verified = ReceiptService::check(good, *record, keys);
        QCOMPARE(verified.state, ReceiptService::State::Verified);
        QVERIFY(verified.receipt);
        QCOMPARE(verified.receipt->requestId, QStringLiteral("r1"));
        QCOMPARE(verified.receipt->archiveSha256, kSha);
        QCOMPARE(verified.receipt->archiveSizeBytes, 2048);
        QCOMPARE(verified.receipt->publicKey, keys.first().publicKey);
        QVERIFY(verified.receipt->isSignatureValid());

        // Another key under the same kid (an impostor's discovery document
        // would need the provider's TLS identity, but the check holds).
        const ReceiptService::Status wrongKey =
            ReceiptService::check(good, *record, {publicOf(other.get(), kid)});
        QCOMPARE(wrongKey.state, ReceiptService::State::NotVerified);
        QVERIFY(!wrongKey.receipt);
        QVERIFY(!wrongKey.message.isEmpty());
        // A kid the provider does not publish.
        QCOMPARE(ReceiptService::check(good, *record, {publicOf(provider.get(), u"k2"_qs)}).state,
                 ReceiptService::State::NotVerified);
        // The text altered after signing.
        QJsonObject altered = good;
        altered.insert(QStringLiteral("receipt"),
                       QString::fromUtf8(text).replace(kSha, QString(64, QLatin1Char('b'))));
        QCOMPARE(ReceiptService::check(altered, *record, keys).state,
                 ReceiptService::State::NotVerified);
        // A good signature on another request's receipt.
        const auto otherRecord = RequestRecord::fromJson(
            request(QStringLiteral("r9"), QStringLiteral("export"), QStringLiteral("completed")));
        QCOMPARE(ReceiptService::check(good, *otherRecord, keys).state,
                 ReceiptService::State::NotVerified);
        // Garbage.
        QCOMPARE(
            ReceiptService::check({{QStringLiteral("receipt"), QStringLiteral("{")}}, *record, keys)
                .state,
            ReceiptService::State::NotVerified);
    }

    void anEndedRequestsReceiptIsFetchedCheckedAndKeptOnlyWhenVerified()
    {
        const Key provider = newKey();
        const Key impostor = newKey();
        const QString kid = QStringLiteral("k1");
        network->setHandler([&](const FakeRequest &sent) {
            const QString path = sent.url.path();
            if (path == QLatin1String("/api/v1/requests/r1/receipt"))
                return FakeResponse::json(
                    200, QJsonDocument(signedReceipt(provider.get(),
                                                     receiptText(u"r1"_qs, u"export"_qs,
                                                                 u"completed"_qs, kid),
                                                     kid))
                             .toJson());
            if (path == QLatin1String("/api/v1/requests/r2/receipt"))
                return FakeResponse::json(
                    200,
                    QJsonDocument(
                        signedReceipt(impostor.get(),
                                      receiptText(u"r2"_qs, u"edit"_qs, u"rejected"_qs, kid), kid))
                        .toJson());
            return FakeResponse::json(200,
                                      page({request(u"r1"_qs, u"export"_qs, u"completed"_qs),
                                            request(u"r2"_qs, u"edit"_qs, u"rejected"_qs),
                                            request(u"r3"_qs, u"edit"_qs, u"in_progress"_qs)}));
        });
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        ReceiptService receipts(folder.filePath(u"receipts"_qs));
        receipts.setRequests(m_repository.get());
        receipts.setApi(client);
        receipts.setKeys({publicOf(provider.get(), kid)});
        QSignalSpy loaded(m_repository.get(), &RequestRepository::loaded);
        m_repository->reload();
        QVERIFY(loaded.wait(5000));
        QTRY_COMPARE(receipts.status(u"r1"_qs).state, ReceiptService::State::Verified);
        QTRY_COMPARE(receipts.status(u"r2"_qs).state, ReceiptService::State::NotVerified);
        QVERIFY(!receipts.status(u"r2"_qs).message.isEmpty());
        // An open request has none, and none was asked for.
        QCOMPARE(receipts.status(u"r3"_qs).state, ReceiptService::State::None);
        for (const FakeRequest &sent : network->requests())
            QVERIFY(!sent.url.path().contains(u"r3/receipt"_qs));

        // Only the verified one is kept, with the key it was checked with.
        const QString kept = receipts.store().pathOf(u"r1"_qs);
        QVERIFY(QFile::exists(kept));
        QVERIFY(!QFile::exists(receipts.store().pathOf(u"r2"_qs)));
        const std::optional<Receipt> fromFile = ReceiptStore::readFile(kept);
        QVERIFY(fromFile);
        QVERIFY(fromFile->isSignatureValid());
        QCOMPARE(fromFile->publicKey, publicOf(provider.get(), kid).publicKey);
        QCOMPARE(receipts.store().all().size(), 1);

        // Signed out, and with no server, the kept receipt still reads as
        // verified; once its file is altered it no longer does.
        receipts.setApi(nullptr);
        receipts.resetSession();
        QCOMPARE(receipts.status(u"r1"_qs).state, ReceiptService::State::Verified);
        QCOMPARE(receipts.status(u"r2"_qs).state, ReceiptService::State::None);
        QFile file(kept);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray content = file.readAll();
        file.close();
        QVERIFY(content.contains("completed"));
        content.replace("completed", "cancelled");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        QCOMPARE(receipts.status(u"r1"_qs).state, ReceiptService::State::NotVerified);
    }

    // The server carries a deletion out when its grace period has run from
    // the moment it was filed, in days of 24 hours: the countdown is the
    // same from any time zone and across a daylight-saving change.
    void aPendingDeletionCountsDownInDaysOf24Hours()
    {
        Discovery discovery;
        discovery.deletionGraceDays = 7;
        discovery.backupRetentionDays = 30;
        // Filed the day before Europe moves its clocks forward (29 March 2026).
        QJsonObject json =
            request(QStringLiteral("d1"), QStringLiteral("delete"), QStringLiteral("in_progress"));
        json.insert(QStringLiteral("created_at"), QStringLiteral("2026-03-28T10:00:00.000Z"));
        const auto pending = PendingDeletion::of(*RequestRecord::fromJson(json), discovery);
        QVERIFY(pending.has_value());
        QCOMPARE(pending->requestId, QStringLiteral("d1"));
        QCOMPARE(pending->backupRetentionDays, 30);
        QCOMPARE(pending->carriedOutAt, QDateTime(QDate(2026, 4, 4), QTime(10, 0), Qt::UTC));

        // 05:30 UTC on the 29th, read in three zones, one of which just
        // changed its offset: the same instant, the same time left.
        const QDateTime utc(QDate(2026, 3, 29), QTime(5, 30), Qt::UTC);
        const QList<QDateTime> sameInstant{
            utc, QDateTime(QDate(2026, 3, 29), QTime(12, 30), QTimeZone(7 * 3600)),
            QDateTime(QDate(2026, 3, 29), QTime(7, 30), QTimeZone("Europe/Berlin"))};
        for (const QDateTime &now : sameInstant) {
            QVERIFY(now.isValid());
            QCOMPARE(now.toMSecsSinceEpoch(), utc.toMSecsSinceEpoch());
            const TimeLeft left = pending->timeLeft(now);
            QVERIFY(!left.over);
            QCOMPARE(left.days, 6);
            QCOMPARE(left.hours, 4);
            QCOMPARE(left.minutes, 30);
            QCOMPARE(left.seconds, 0);
        }
        // Rounded down, never up.
        const TimeLeft almost = pending->timeLeft(pending->carriedOutAt.addMSecs(-61500));
        QCOMPARE(almost, (TimeLeft{0, 0, 1, 1, false}));
        // Over at the instant itself, and after it.
        QVERIFY(pending->timeLeft(pending->carriedOutAt).over);
        QVERIFY(pending->timeLeft(pending->carriedOutAt.addSecs(3600)).over);
        QVERIFY(TimeLeft::between(QDateTime(), pending->carriedOutAt).over);
    }

    // The countdown's timer waits for the next change of what is shown:
    // minutes, then seconds in the last minute; nothing once it is over.
    void theCountdownWaitsForTheNextWholeUnit()
    {
        PendingDeletion pending;
        pending.carriedOutAt = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        const auto before = [&](qint64 ms) { return pending.carriedOutAt.addMSecs(-ms); };
        using std::chrono::milliseconds;
        // 2 h 10 min 20.5 s left: 10 min shows until 20.5 s have passed.
        QCOMPARE(pending.nextChangeAfter(before(((2 * 60 + 10) * 60 + 20) * 1000 + 500)),
                 std::optional(milliseconds(20501)));
        // On a whole minute the next millisecond changes it.
        QCOMPARE(pending.nextChangeAfter(before(5 * 60 * 1000)), std::optional(milliseconds(1)));
        // In the last minute, every second.
        QCOMPARE(pending.nextChangeAfter(before(42250)), std::optional(milliseconds(251)));
        QCOMPARE(pending.nextChangeAfter(before(60000)), std::optional(milliseconds(1)));
        QCOMPARE(pending.nextChangeAfter(pending.carriedOutAt), std::nullopt);
        QCOMPARE(pending.nextChangeAfter(before(-1)), std::nullopt);
    }

    // Only an open deletion the server accepted counts, and only when the
    // server has a grace period; the newest wins.
    void onlyAnOpenAcceptedDeletionIsPending()
    {
        Discovery discovery;
        discovery.deletionGraceDays = 2;
        const auto record = [](const QString &id, const QString &type, const QString &status,
                               const QString &created) {
            QJsonObject json = request(id, type, status);
            json.insert(QStringLiteral("created_at"), created);
            return *RequestRecord::fromJson(json);
        };
        const QString early = QStringLiteral("2026-05-01T08:00:00.000Z");
        const QString late = QStringLiteral("2026-05-02T08:00:00.000Z");
        QVERIFY(!PendingDeletion::of(record(u"a"_qs, u"export"_qs, u"in_progress"_qs, early),
                                     discovery));
        QVERIFY(
            !PendingDeletion::of(record(u"b"_qs, u"delete"_qs, u"cancelled"_qs, early), discovery));
        QVERIFY(
            !PendingDeletion::of(record(u"c"_qs, u"delete"_qs, u"completed"_qs, early), discovery));
        OutboxItem queued;
        queued.id = 4;
        queued.type = QStringLiteral("delete");
        queued.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(!PendingDeletion::of(RequestRecord::fromOutbox(queued), discovery));
        Discovery noGrace;
        QVERIFY(
            !PendingDeletion::of(record(u"d"_qs, u"delete"_qs, u"received"_qs, early), noGrace));
        const auto newest =
            PendingDeletion::among({record(u"d"_qs, u"delete"_qs, u"received"_qs, early),
                                    record(u"e"_qs, u"delete"_qs, u"verifying"_qs, late),
                                    record(u"f"_qs, u"delete"_qs, u"cancelled"_qs, late)},
                                   discovery);
        QVERIFY(newest.has_value());
        QCOMPARE(newest->requestId, QStringLiteral("e"));
        QCOMPARE(newest->carriedOutAt, QDateTime(QDate(2026, 5, 4), QTime(8, 0), Qt::UTC));
    }

    // A cancellation waits in the outbox like a request (durable, with its
    // own key), is sent to the request's cancel endpoint, is not listed as
    // a request, and its answer updates the request and the item that
    // filed it.
    void aCancellationIsQueuedAndSentThroughTheOutbox()
    {
        QString error;
        const auto deletion =
            m_outbox->submit(QStringLiteral("delete"),
                             {{QStringLiteral("confirm_email"), u"a@example.com"_qs}}, &error);
        QVERIFY2(deletion, qPrintable(error));
        QVERIFY(m_outbox->markSending(deletion->id));
        QVERIFY(
            m_outbox->markSent(deletion->id, request(QStringLiteral("r1"), QStringLiteral("delete"),
                                                     QStringLiteral("in_progress"))));

        const auto item = m_repository->fileCancellation(QStringLiteral("r1"), {}, &error);
        QVERIFY2(item, qPrintable(error));
        QCOMPARE(item->state, OutboxItem::State::Pending);
        QVERIFY(item->isCancellation());
        QVERIFY(!item->idempotencyKey.isEmpty());
        QVERIFY(item->idempotencyKey != deletion->idempotencyKey);
        QVERIFY(m_repository->waitingRecords().isEmpty());
        QCOMPARE(m_repository->cancellationOf(QStringLiteral("r1"))->id, item->id);
        QVERIFY(!m_repository->cancellationOf(QStringLiteral("r2")));

        // An earlier attempt was carried out but its answer was lost: this one
        // meets 409, and the request's own status says it is cancelled.
        network->setHandler([](const FakeRequest &sent) {
            if (sent.method == "POST")
                return FakeResponse::problem(409, QStringLiteral("conflict"));
            return FakeResponse::json(
                200, QJsonDocument(request(QStringLiteral("r1"), QStringLiteral("delete"),
                                           QStringLiteral("cancelled")))
                         .toJson());
        });
        ApiOutboxTransport transport(client);
        std::optional<OutboxSendResult> result;
        transport.send(*item, [&result](const OutboxSendResult &sent) { result = sent; });
        QTRY_VERIFY(result.has_value());
        const FakeRequest post = network->requests().constFirst();
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.url.path(), QStringLiteral("/api/v1/requests/r1/cancel"));
        QCOMPARE(post.header("Idempotency-Key"), item->idempotencyKey.toLatin1());
        QVERIFY(post.body.isEmpty());
        QCOMPARE(network->requests().constLast().method, QByteArray("GET"));
        QCOMPARE(result->kind, OutboxSendResult::Kind::Accepted);
        QCOMPARE(result->request.value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));

        QSignalSpy changed(m_repository.get(), &RequestRepository::recordChanged);
        QVERIFY(m_outbox->markSending(item->id));
        QVERIFY(m_outbox->markSent(item->id, result->request));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(m_repository->record(QStringLiteral("r1"))->status, QStringLiteral("cancelled"));
        QCOMPARE(
            m_outbox->item(deletion->id)->serverRequest.value(QStringLiteral("status")).toString(),
            QStringLiteral("cancelled"));

        // A request that ended otherwise: the 409 stands.
        network->setHandler([](const FakeRequest &sent) {
            if (sent.method == "POST")
                return FakeResponse::problem(409, QStringLiteral("conflict"));
            return FakeResponse::json(
                200, QJsonDocument(request(QStringLiteral("r1"), QStringLiteral("delete"),
                                           QStringLiteral("completed")))
                         .toJson());
        });
        result.reset();
        transport.send(*item, [&result](const OutboxSendResult &sent) { result = sent; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->kind, OutboxSendResult::Kind::Permanent);
        QCOMPARE(result->error.httpStatus(), 409);
    }

    void aDeletionsReceiptIsFetchedWithoutSignInAndKept()
    {
        const Key provider = newKey();
        const QString kid = QStringLiteral("k1");
        network->setHandler([&](const FakeRequest &sent) {
            if (sent.url.path() == QLatin1String("/api/v1/receipts/r-del"))
                return FakeResponse::json(
                    200, QJsonDocument(signedReceipt(provider.get(),
                                                     receiptText(u"r-del"_qs, u"delete"_qs,
                                                                 u"completed"_qs, kid),
                                                     kid))
                             .toJson());
            return FakeResponse::problem(404, QStringLiteral("not-found"));
        });
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        ReceiptService receipts(folder.path());
        receipts.setApi(client);
        receipts.setKeys({publicOf(provider.get(), kid)});
        receipts.fetchDeletionReceipt(u"r-del"_qs);
        // The account is gone by then: no request list to find it in, and
        // the keys may be wiped with the cache meanwhile.
        receipts.setKeys({});
        receipts.resetSession();
        QTRY_COMPARE(receipts.status(u"r-del"_qs).state, ReceiptService::State::Verified);
        QVERIFY(QFile::exists(receipts.store().pathOf(u"r-del"_qs)));
        const QList<FakeRequest> sent = network->requests();
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().header("Authorization").isEmpty());
    }

    void clearForgetsTheServersList()
    {
        network->setHandler([](const FakeRequest &) {
            return FakeResponse::json(200,
                                      page({request(QStringLiteral("r1"), QStringLiteral("export"),
                                                    QStringLiteral("received"))}));
        });
        QSignalSpy loaded(m_repository.get(), &RequestRepository::loaded);
        m_repository->reload();
        QVERIFY(loaded.wait(5000));
        QSignalSpy reset(m_repository.get(), &RequestRepository::serverRecordsReset);
        m_repository->clear();
        QCOMPARE(reset.size(), 1);
        QVERIFY(m_repository->serverRecords().isEmpty());
        QVERIFY(!m_repository->hasLoaded());
    }
};

QTEST_GUILESS_MAIN(TestRequestRepository)
#include "tst_request_repository.moc"
