// Filing rights requests: the Idempotency-Key contract (replay, reuse,
// per-account scope, concurrent duplicates) and payload validation of every
// type. The schedule and effects: tst_server_requests.
#include "RequestBodies.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSet>
#include <QtTest>

using namespace pd::test;

namespace {

const QString kRequests = QStringLiteral("/api/v1/requests");
constexpr int kWaitMs = 30000;

// In no particular order.
QSet<QString> errorFields(const Reply &reply)
{
    const QStringList fields = reply.errorFields();
    return {fields.cbegin(), fields.cend()};
}

} // namespace

class TstServerRequestSubmission : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Requests stay `received`: only what submission answers matters here.
        QVERIFY2(m_server.start({QStringLiteral("--process-after"), QStringLiteral("3600")}),
                 qPrintable(m_server.lastError()));
        m_token0 = m_server.signIn(m_server.accounts().at(0)).accessToken;
        m_token1 = m_server.signIn(m_server.accounts().at(1)).accessToken;
        QVERIFY(!m_token0.isEmpty() && !m_token1.isEmpty());
    }

    void editChangesAreValidatedLikeThePatch()
    {
        const QString etag = QString::fromLatin1(
            m_server.get(QStringLiteral("/api/v1/profile"), m_token1).header("etag"));
        const Reply reply = m_server.submitRequest(
            m_token1, "edit-invalid",
            requestBody(
                QStringLiteral("edit"),
                QJsonObject{
                    {QStringLiteral("changes"),
                     QJsonObject{{QStringLiteral("phone"), QStringLiteral("0812 345")},
                                 {QStringLiteral("website"), QStringLiteral("ftp://example.org")},
                                 {QStringLiteral("email"), QStringLiteral("not-an-address")},
                                 {QStringLiteral("nickname"), QStringLiteral("x")}}},
                    {QStringLiteral("expected_etag"), etag}}));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.problemSlug(), QStringLiteral("validation-failed"));
        QCOMPARE(errorFields(reply), (QSet<QString>{QStringLiteral("payload.changes.phone"),
                                                    QStringLiteral("payload.changes.website"),
                                                    QStringLiteral("payload.changes.email"),
                                                    QStringLiteral("payload.changes.nickname")}));
    }

    void idempotencyKeyReplaysOrRefuses()
    {
        const QJsonObject report =
            securityReportBody(QStringLiteral("Phishing mail pretending to be you."));
        const Reply missing = m_server.postJson(kRequests, report, m_token1);
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.problemSlug(), QStringLiteral("idempotency-key-missing"));
        const Reply malformed = m_server.submitRequest(m_token1, QByteArray(201, 'k'), report);
        QCOMPARE(malformed.status, 422);
        QCOMPARE(errorFields(malformed), QSet<QString>{QStringLiteral("Idempotency-Key")});

        const Reply original = m_server.submitRequest(m_token1, "idem-1", report);
        QCOMPARE(original.status, 201);
        QVERIFY(original.header("idempotent-replayed").isEmpty());
        const QString id = original.json().value(QStringLiteral("id")).toString();
        QCOMPARE(original.header("location"), "/api/v1/requests/" + id.toLatin1());

        // The same JSON written differently is the same body.
        const QByteArray reordered =
            "{ \"payload\": {\"description\": \"Phishing mail pretending to be you.\",\n"
            "  \"category\": \"phishing\"}, \"type\": \"security_report\" }";
        const Reply replay = m_server.request("POST", kRequests, reordered,
                                              {{"Idempotency-Key", "idem-1"}}, m_token1);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(replay.header("location"), original.header("location"));
        QCOMPARE(replay.json().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(replay.json().value(QStringLiteral("created_at")),
                 original.json().value(QStringLiteral("created_at")));

        const Reply reused = m_server.submitRequest(
            m_token1, "idem-1", securityReportBody(QStringLiteral("Another thing.")));
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.problemSlug(), QStringLiteral("idempotency-key-reused"));

        // Keys are per account.
        const Reply other = m_server.submitRequest(m_token0, "idem-1", report);
        QCOMPARE(other.status, 201);
        QVERIFY(other.header("idempotent-replayed").isEmpty());
        QVERIFY(other.json().value(QStringLiteral("id")).toString() != id);

        // Only successes are remembered: a refused body does not burn the key.
        const Reply refused =
            m_server.submitRequest(m_token1, "idem-2", securityReportBody(QString()));
        QCOMPARE(refused.status, 422);
        const Reply retried = m_server.submitRequest(m_token1, "idem-2", report);
        QCOMPARE(retried.status, 201);
        QVERIFY(retried.header("idempotent-replayed").isEmpty());
    }

    void concurrentSubmissionsWithOneKeyCreateOneRequest()
    {
        const QByteArray payload =
            QJsonDocument(securityReportBody(QStringLiteral("Sent twice by a flaky network.")))
                .toJson(QJsonDocument::Compact);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i) {
            QNetworkRequest request(m_server.origin().resolved(QUrl(kRequests)));
            request.setSslConfiguration(m_server.sslConfiguration());
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + m_token1.toLatin1());
            request.setRawHeader("Idempotency-Key", "concurrent-1");
            replies << m_server.network().post(request, payload);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(),
                        [](QNetworkReply *reply) { return reply->isFinished(); }),
            kWaitMs);
        QSet<QString> ids;
        int originals = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            if (reply->rawHeader("Idempotent-Replayed") != "true")
                ++originals;
            ids.insert(QJsonDocument::fromJson(reply->readAll())
                           .object()
                           .value(QStringLiteral("id"))
                           .toString());
            reply->deleteLater();
        }
        QCOMPARE(originals, 1);
        QCOMPARE(ids.size(), 1);
    }

    void invalidPayloadsListEveryBadField_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("unknown type")
            << requestBody(QStringLiteral("teleport"), {}) << QStringList{QStringLiteral("type")};
        QTest::newRow("no payload")
            << QJsonObject{{QStringLiteral("type"), QStringLiteral("export")}}
            << QStringList{QStringLiteral("payload")};
        QJsonObject extra = securityReportBody(QStringLiteral("x"));
        extra.insert(QStringLiteral("priority"), QStringLiteral("high"));
        QTest::newRow("unknown member") << extra << QStringList{QStringLiteral("priority")};
        QTest::newRow("export") << requestBody(QStringLiteral("export"),
                                               QJsonObject{{QStringLiteral("categories"),
                                                            QJsonArray{QStringLiteral("visits"),
                                                                       QStringLiteral("dreams"),
                                                                       QStringLiteral("visits")}},
                                                           {QStringLiteral("format"),
                                                            QStringLiteral("xml")}})
                                << QStringList{QStringLiteral("payload.categories[1]"),
                                               QStringLiteral("payload.categories[2]"),
                                               QStringLiteral("payload.format")};
        QTest::newRow("export empty")
            << requestBody(QStringLiteral("export"),
                           QJsonObject{{QStringLiteral("categories"), QJsonArray()},
                                       {QStringLiteral("format"), QStringLiteral("csv")}})
            << QStringList{QStringLiteral("payload.categories")};
        QTest::newRow("unsubscribe")
            << requestBody(
                   QStringLiteral("unsubscribe"),
                   QJsonObject{{QStringLiteral("channels"), QJsonArray{QStringLiteral("fax")}}})
            << QStringList{QStringLiteral("payload.channels[0]")};
        QTest::newRow("restrict") << requestBody(
                                         QStringLiteral("restrict"),
                                         QJsonObject{{QStringLiteral("processing"), QJsonArray()},
                                                     {QStringLiteral("reason"), QString()}})
                                  << QStringList{QStringLiteral("payload.processing"),
                                                 QStringLiteral("payload.reason")};
        QTest::newRow("object") << requestBody(QStringLiteral("object"),
                                               QJsonObject{{QStringLiteral("processing"),
                                                            QJsonArray{QStringLiteral("ads")}},
                                                           {QStringLiteral("reason"),
                                                            QStringLiteral("No.")},
                                                           {QStringLiteral("urgent"), true}})
                                << QStringList{QStringLiteral("payload.urgent")};
        // An objection may name the processor or recipient it is about,
        // with each member checked; a restriction may not.
        QTest::newRow("object target")
            << requestBody(
                   QStringLiteral("object"),
                   QJsonObject{{QStringLiteral("processing"), QJsonArray{QStringLiteral("ads")}},
                               {QStringLiteral("reason"), QStringLiteral("No.")},
                               {QStringLiteral("target"),
                                QJsonObject{{QStringLiteral("name"), QString()},
                                            {QStringLiteral("kind"), QStringLiteral("friend")},
                                            {QStringLiteral("purpose"), QStringLiteral("Ads")},
                                            {QStringLiteral("since"), QStringLiteral("x")}}}})
            << QStringList{QStringLiteral("payload.target.name"),
                           QStringLiteral("payload.target.kind"),
                           QStringLiteral("payload.target.data_category"),
                           QStringLiteral("payload.target.since")};
        QTest::newRow("restrict target")
            << requestBody(
                   QStringLiteral("restrict"),
                   QJsonObject{{QStringLiteral("processing"), QJsonArray{QStringLiteral("ads")}},
                               {QStringLiteral("reason"), QStringLiteral("No.")},
                               {QStringLiteral("target"), QJsonObject()}})
            << QStringList{QStringLiteral("payload.target")};
        QTest::newRow("guardian_removal")
            << requestBody(
                   QStringLiteral("guardian_removal"),
                   QJsonObject{{QStringLiteral("guardian_name"), QString()},
                               {QStringLiteral("relation"), QStringLiteral("aunt")},
                               {QStringLiteral("minor"),
                                QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Tim")}}},
                               {QStringLiteral("statement"), QStringLiteral("Please remove.")}})
            << QStringList{QStringLiteral("payload.guardian_name"),
                           QStringLiteral("payload.relation"), QStringLiteral("payload.minor")};
        QTest::newRow("guardian_removal minor")
            << requestBody(
                   QStringLiteral("guardian_removal"),
                   QJsonObject{{QStringLiteral("guardian_name"), QStringLiteral("Grace")},
                               {QStringLiteral("relation"), QStringLiteral("legal_guardian")},
                               {QStringLiteral("minor"),
                                QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Tim")},
                                            {QStringLiteral("email"), QStringLiteral("tim@")},
                                            {QStringLiteral("phone"), QStringLiteral("0812")}}},
                               {QStringLiteral("statement"), QStringLiteral("Please remove.")}})
            << QStringList{QStringLiteral("payload.minor.email"),
                           QStringLiteral("payload.minor.phone")};
        QTest::newRow("security_report")
            << requestBody(QStringLiteral("security_report"),
                           QJsonObject{{QStringLiteral("category"), QStringLiteral("spam")},
                                       {QStringLiteral("description"), QString()}})
            << QStringList{QStringLiteral("payload.category"),
                           QStringLiteral("payload.description")};
    }

    void invalidPayloadsListEveryBadField()
    {
        QFETCH(QJsonObject, request);
        QFETCH(QStringList, fields);
        const Reply reply = m_server.submitRequest(
            m_token1, "invalid-" + QByteArray(QTest::currentDataTag()).replace(' ', '-'), request);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.problemSlug(), QStringLiteral("validation-failed"));
        QCOMPARE(errorFields(reply), QSet<QString>(fields.cbegin(), fields.cend()));
    }

private:
    TestServer m_server;
    QString m_token0;
    QString m_token1;
};

QTEST_GUILESS_MAIN(TstServerRequestSubmission)
#include "tst_server_request_submission.moc"
