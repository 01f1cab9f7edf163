// The one owner of request state, on the fake network: the paged list, the
// outbox's waiting items, cancel, and the export result of a record.
#include "ApiClientTestBase.h"
#include "TempStores.h"

#include "cache/CachedDocument.h"
#include "cache/DocumentCache.h"
#include "outbox/Outbox.h"
#include "requests/RequestRepository.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

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

} // namespace

class TestRequestRepository : public ApiClientTestBase
{
    Q_OBJECT

    TempStores m_stores;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<RequestRepository> m_repository;

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

        QSignalSpy finished(m_repository.get(), &RequestRepository::cancelFinished);
        m_repository->cancel(QStringLiteral("r1"));
        QVERIFY(m_repository->isCancelling());
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
