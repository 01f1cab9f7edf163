// Rights requests after submission: the status schedule and the effect of
// each type, failure handling, cancellation (with the user's reason),
// extensions and coded denials (the schedule's --demo-outcomes), the
// history, cross-account isolation and the request list. Submission rules:
// tst_server_request_submission; export archives: tst_server_export; deletion: tst_server_deletion.
#include "ReceiptSignature.h"
#include "RequestBodies.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace pd::test;

namespace {

const QString kRequests = QStringLiteral("/api/v1/requests");
constexpr int kWaitMs = 30000;
constexpr qint64 kDayMs = 24 * 3600 * 1000;

QStringList historyStatuses(const QJsonObject &request)
{
    QStringList statuses;
    for (const QJsonValue &entry : request.value(QStringLiteral("history")).toArray())
        statuses << entry.toObject().value(QStringLiteral("status")).toString();
    return statuses;
}

QString lastMessage(const QJsonObject &request)
{
    return request.value(QStringLiteral("history"))
        .toArray()
        .last()
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

qint64 apiTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

class TstServerRequests : public QObject
{
    Q_OBJECT

private:
    QString status(TestServer &server, const QString &token, const QString &id)
    {
        return server.get(kRequests + QLatin1Char('/') + id, token)
            .json()
            .value(QStringLiteral("status"))
            .toString();
    }

    bool isFinished(TestServer &server, const QString &token, const QString &id)
    {
        const QString current = status(server, token, id);
        return current == QLatin1String("completed") || current == QLatin1String("rejected");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fast.start({QStringLiteral("--process-after"), QStringLiteral("0")}),
                 qPrintable(m_fast.lastError()));
        QVERIFY2(m_slow.start({QStringLiteral("--process-after"), QStringLiteral("3600")}),
                 qPrintable(m_slow.lastError()));
        QVERIFY2(m_outcomes.start({QStringLiteral("--process-after"), QStringLiteral("0"),
                                   QStringLiteral("--demo-outcomes")}),
                 qPrintable(m_outcomes.lastError()));
        m_outcomes1 = m_outcomes.signIn(m_outcomes.accounts().at(1)).accessToken;
        QVERIFY(!m_outcomes1.isEmpty());
        QCOMPARE(m_fast.accounts().size(), 2);
        m_fast1 = m_fast.signIn(m_fast.accounts().at(1)).accessToken;
        m_slow0 = m_slow.signIn(m_slow.accounts().at(0)).accessToken;
        m_slow1 = m_slow.signIn(m_slow.accounts().at(1)).accessToken;
        QVERIFY(!m_fast1.isEmpty());
        QVERIFY(!m_slow0.isEmpty() && !m_slow1.isEmpty());
        m_deadlines = m_fast.get(QStringLiteral("/.well-known/privacy-dashboard"))
                          .json()
                          .value(QStringLiteral("request_deadline_days"))
                          .toObject();
        QVERIFY(!m_deadlines.isEmpty());
    }

    void eachTypeRunsThroughTheSchedule_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("messagePart");
        const auto processing = [](const QString &type) {
            return requestBody(
                type,
                QJsonObject{{QStringLiteral("processing"),
                             QJsonArray{QStringLiteral("profiling"), QStringLiteral("analytics")}},
                            {QStringLiteral("reason"),
                             QStringLiteral("I contest the accuracy of my data.")}});
        };
        QTest::newRow("restrict") << processing(QStringLiteral("restrict"))
                                  << QStringLiteral("profiling, analytics");
        QTest::newRow("object") << processing(QStringLiteral("object"))
                                << QStringLiteral("profiling, analytics");
        QTest::newRow("guardian_removal")
            << requestBody(
                   QStringLiteral("guardian_removal"),
                   QJsonObject{
                       {QStringLiteral("guardian_name"), QStringLiteral("Grace Parent")},
                       {QStringLiteral("relation"), QStringLiteral("parent")},
                       {QStringLiteral("minor"),
                        QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Tim Minor")},
                                    {QStringLiteral("username"), QStringLiteral("tim2014")}}},
                       {QStringLiteral("statement"),
                        QStringLiteral("My son is eleven and signed up without consent.")}})
            << QStringLiteral("minor");
        QTest::newRow("security_report")
            << requestBody(
                   QStringLiteral("security_report"),
                   QJsonObject{
                       {QStringLiteral("category"), QStringLiteral("vulnerability")},
                       {QStringLiteral("description"), QStringLiteral("Stored XSS in chat.")},
                       {QStringLiteral("diagnostics"), QStringLiteral("app 1.0, Linux")}})
            << QStringLiteral("security team");
        QTest::newRow("export") << requestBody(QStringLiteral("export"),
                                               QJsonObject{{QStringLiteral("categories"),
                                                            QJsonArray{QStringLiteral("profile")}},
                                                           {QStringLiteral("format"),
                                                            QStringLiteral("json")}})
                                << QStringLiteral("archive");
    }

    void eachTypeRunsThroughTheSchedule()
    {
        QFETCH(QJsonObject, request);
        QFETCH(QString, messagePart);
        const QString type = request.value(QStringLiteral("type")).toString();
        const Reply created = m_fast.submitRequest(m_fast1, "schedule-" + type.toLatin1(), request);
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(m_fast, m_fast1, id), kWaitMs);
        const QJsonObject done = m_fast.get(kRequests + QLatin1Char('/') + id, m_fast1).json();
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(done.value(QStringLiteral("payload")).toObject(),
                 request.value(QStringLiteral("payload")).toObject());
        QCOMPARE(historyStatuses(done),
                 (QStringList{QStringLiteral("received"), QStringLiteral("verifying"),
                              QStringLiteral("in_progress"), QStringLiteral("completed")}));
        qint64 previous = 0;
        for (const QJsonValue &entry : done.value(QStringLiteral("history")).toArray()) {
            QVERIFY(!entry.toObject().value(QStringLiteral("message")).toString().isEmpty());
            const qint64 at = apiTime(entry.toObject().value(QStringLiteral("at")));
            QVERIFY(at >= previous);
            previous = at;
        }
        const QString last = done.value(QStringLiteral("history"))
                                 .toArray()
                                 .last()
                                 .toObject()
                                 .value(QStringLiteral("message"))
                                 .toString();
        QVERIFY2(last.contains(messagePart), qPrintable(last));
        const qint64 createdAt = apiTime(done.value(QStringLiteral("created_at")));
        QCOMPARE(apiTime(done.value(QStringLiteral("history"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("at"))),
                 createdAt);
        QCOMPARE(apiTime(done.value(QStringLiteral("due_at"))) - createdAt,
                 m_deadlines.value(type).toInt() * kDayMs);
        QCOMPARE(apiTime(done.value(QStringLiteral("updated_at"))), previous);
        QCOMPARE(done.value(QStringLiteral("result")).isNull(), type != QLatin1String("export"));
        // Without --demo-outcomes nothing is extended: expected when due.
        QCOMPARE(done.value(QStringLiteral("expected_by")), done.value(QStringLiteral("due_at")));
        QVERIFY(done.value(QStringLiteral("extensions")).toArray().isEmpty());
        QVERIFY(done.value(QStringLiteral("denial")).isNull());
        QVERIFY(done.value(QStringLiteral("cancellation")).isNull());
        if (type != QLatin1String("export"))
            m_completedId = done.value(QStringLiteral("id")).toString();
        else
            m_exportId = done.value(QStringLiteral("id")).toString();
    }

    void aFailingRequestIsRejectedAndOthersContinue()
    {
        // Fault injection: a file where the exports folder belongs makes
        // building any archive fail.
        const QString exports = QDir(m_fast.dataDir()).filePath(QStringLiteral("exports"));
        const QString parked = exports + QStringLiteral(".parked");
        QVERIFY(!QFileInfo::exists(exports) || QDir().rename(exports, parked));
        {
            QFile blocker(exports);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        const Reply doomed = m_fast.submitRequest(
            m_fast1, "doomed-export",
            requestBody(
                QStringLiteral("export"),
                QJsonObject{{QStringLiteral("categories"), QJsonArray{QStringLiteral("logs")}},
                            {QStringLiteral("format"), QStringLiteral("json")}}));
        const Reply healthy = m_fast.submitRequest(
            m_fast1, "healthy-report", securityReportBody(QStringLiteral("Still works?")));
        QCOMPARE(doomed.status, 201);
        QCOMPARE(healthy.status, 201);
        const QString doomedId = doomed.json().value(QStringLiteral("id")).toString();
        const QString healthyId = healthy.json().value(QStringLiteral("id")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(m_fast, m_fast1, doomedId), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(m_fast, m_fast1, healthyId), kWaitMs);
        QVERIFY(QFile::remove(exports));
        QVERIFY(!QFileInfo::exists(parked) || QDir().rename(parked, exports));

        const QJsonObject failed =
            m_fast.get(kRequests + QLatin1Char('/') + doomedId, m_fast1).json();
        QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(failed.value(QStringLiteral("result")).isNull());
        QVERIFY(lastMessage(failed).contains(QStringLiteral("problem on our side")));
        QCOMPARE(failed.value(QStringLiteral("denial"))
                     .toObject()
                     .value(QStringLiteral("reason_code"))
                     .toString(),
                 QStringLiteral("processing_error"));
        QCOMPARE(status(m_fast, m_fast1, healthyId), QStringLiteral("completed"));
        QCOMPARE(
            m_fast
                .get(kRequests + QLatin1Char('/') + doomedId + QStringLiteral("/archive"), m_fast1)
                .status,
            404);
    }

    void unsubscribeSwitchesTheNamedChannelsOff()
    {
        const QString path = QStringLiteral("/api/v1/marketing-preferences");
        const QJsonObject allOn{{QStringLiteral("email"), true},
                                {QStringLiteral("sms"), true},
                                {QStringLiteral("whatsapp"), true},
                                {QStringLiteral("push"), true}};
        const Reply put =
            m_fast.request("PUT", path,
                           QJsonDocument(QJsonObject{{QStringLiteral("channels"), allOn}})
                               .toJson(QJsonDocument::Compact),
                           {}, m_fast1);
        QCOMPARE(put.status, 200);
        const Reply created = m_fast.submitRequest(
            m_fast1, "unsubscribe-1",
            requestBody(
                QStringLiteral("unsubscribe"),
                QJsonObject{{QStringLiteral("channels"),
                             QJsonArray{QStringLiteral("email"), QStringLiteral("whatsapp")}}}));
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(m_fast, m_fast1, id), kWaitMs);
        QCOMPARE(status(m_fast, m_fast1, id), QStringLiteral("completed"));
        const QJsonObject channels =
            m_fast.get(path, m_fast1).json().value(QStringLiteral("channels")).toObject();
        QCOMPARE(channels.value(QStringLiteral("email")).toBool(), false);
        QCOMPARE(channels.value(QStringLiteral("whatsapp")).toBool(), false);
        QCOMPARE(channels.value(QStringLiteral("sms")).toBool(), true);
        QCOMPARE(channels.value(QStringLiteral("push")).toBool(), true);
    }

    void editAppliesTheChangesOrRejectsAStaleOne()
    {
        const QString profilePath = QStringLiteral("/api/v1/profile");
        const Reply before = m_fast.get(profilePath, m_fast1);
        QCOMPARE(before.status, 200);
        const QString etag = QString::fromLatin1(before.header("etag"));
        QVERIFY(!etag.isEmpty());
        const auto edit = [&etag](const QJsonObject &changes) {
            return requestBody(QStringLiteral("edit"),
                               QJsonObject{{QStringLiteral("changes"), changes},
                                           {QStringLiteral("expected_etag"), etag}});
        };
        // Both are valid when filed; whichever completes first changes the
        // profile, so the other no longer matches its expected_etag.
        const QJsonObject nameAndPhone{
            {QStringLiteral("full_name"), QStringLiteral("Ada Corrected")},
            {QStringLiteral("phone"), QStringLiteral("+6281234567890")}};
        const QJsonObject website{
            {QStringLiteral("website"), QStringLiteral("https://example.org/ada")}};
        const Reply first = m_fast.submitRequest(m_fast1, "edit-1", edit(nameAndPhone));
        const Reply second = m_fast.submitRequest(m_fast1, "edit-2", edit(website));
        QCOMPARE(first.status, 201);
        QCOMPARE(second.status, 201);
        const QString firstId = first.json().value(QStringLiteral("id")).toString();
        const QString secondId = second.json().value(QStringLiteral("id")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(m_fast, m_fast1, firstId), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(m_fast, m_fast1, secondId), kWaitMs);
        QJsonObject completed = m_fast.get(kRequests + QLatin1Char('/') + firstId, m_fast1).json();
        QJsonObject rejected = m_fast.get(kRequests + QLatin1Char('/') + secondId, m_fast1).json();
        if (completed.value(QStringLiteral("status")).toString() != QLatin1String("completed"))
            std::swap(completed, rejected);
        QVERIFY2(completed.value(QStringLiteral("status")).toString() == QLatin1String("completed"),
                 qPrintable(lastMessage(completed)));
        QVERIFY2(rejected.value(QStringLiteral("status")).toString() == QLatin1String("rejected"),
                 qPrintable(lastMessage(rejected)));
        QVERIFY2(lastMessage(rejected).contains(QStringLiteral("changed")),
                 qPrintable(lastMessage(rejected)));
        // The denial names its reason by code and explains it in words.
        const QJsonObject denial = rejected.value(QStringLiteral("denial")).toObject();
        QCOMPARE(denial.value(QStringLiteral("reason_code")).toString(),
                 QStringLiteral("data_changed"));
        QCOMPARE(denial.value(QStringLiteral("explanation")).toString(), lastMessage(rejected));
        QVERIFY(completed.value(QStringLiteral("denial")).isNull());
        QVERIFY(rejected.value(QStringLiteral("result")).isNull());

        // Exactly the winner's changes are in the profile.
        const QJsonObject applied = completed.value(QStringLiteral("payload"))
                                        .toObject()
                                        .value(QStringLiteral("changes"))
                                        .toObject();
        const Reply after = m_fast.get(profilePath, m_fast1);
        for (const QString &field :
             {QStringLiteral("full_name"), QStringLiteral("phone"), QStringLiteral("website")}) {
            const QJsonValue expected =
                applied.contains(field) ? applied.value(field) : before.json().value(field);
            QCOMPARE(after.json().value(field), expected);
        }
        QVERIFY(after.header("etag") != before.header("etag"));

        // Filed against an ETag that is already stale: refused up front.
        const Reply stale = m_fast.submitRequest(
            m_fast1, "edit-3",
            edit(QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Too Late")}}));
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.problemSlug(), QStringLiteral("precondition-failed"));
    }

    void cancelStopsAnOpenRequestOnce()
    {
        const Reply created = m_slow.submitRequest(
            m_slow1, "cancel-1",
            requestBody(
                QStringLiteral("restrict"),
                QJsonObject{{QStringLiteral("processing"), QJsonArray{QStringLiteral("ads")}},
                            {QStringLiteral("reason"), QStringLiteral("Pending review.")}}));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("received"));
        const QString path =
            kRequests + QLatin1Char('/') + created.json().value(QStringLiteral("id")).toString();
        const Reply cancelled =
            m_slow.request("POST", path + QStringLiteral("/cancel"), {}, {}, m_slow1);
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(historyStatuses(cancelled.json()),
                 (QStringList{QStringLiteral("received"), QStringLiteral("cancelled")}));
        QVERIFY(cancelled.json().value(QStringLiteral("result")).isNull());
        // Cancelled without a body: when, and no reason.
        const QJsonObject cancellation =
            cancelled.json().value(QStringLiteral("cancellation")).toObject();
        QCOMPARE(cancellation.value(QStringLiteral("at")), cancelled.json()
                                                               .value(QStringLiteral("history"))
                                                               .toArray()
                                                               .last()
                                                               .toObject()
                                                               .value(QStringLiteral("at")));
        QVERIFY(cancellation.value(QStringLiteral("reason")).isNull());

        const Reply again =
            m_slow.request("POST", path + QStringLiteral("/cancel"), {}, {}, m_slow1);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.problemSlug(), QStringLiteral("conflict"));
        QCOMPARE(m_slow.get(path, m_slow1).json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));

        QVERIFY(!m_completedId.isEmpty());
        const Reply finished = m_fast.request(
            "POST", kRequests + QLatin1Char('/') + m_completedId + QStringLiteral("/cancel"), {},
            {}, m_fast1);
        QCOMPARE(finished.status, 409);
        QCOMPARE(finished.problemSlug(), QStringLiteral("conflict"));
        QCOMPARE(
            m_slow.request("POST", kRequests + QStringLiteral("/r-nope/cancel"), {}, {}, m_slow1)
                .status,
            404);
        m_cancelledId = created.json().value(QStringLiteral("id")).toString();
    }

    void cancelKeepsTheUsersReason()
    {
        const Reply created = m_slow.submitRequest(
            m_slow1, "cancel-reason", securityReportBody(QStringLiteral("Never mind.")));
        QCOMPARE(created.status, 201);
        const QString path = kRequests + QLatin1Char('/') +
                             created.json().value(QStringLiteral("id")).toString() +
                             QStringLiteral("/cancel");
        const auto cancel = [&](const QByteArray &body) {
            return m_slow.request("POST", path, body, {{"content-type", "application/json"}},
                                  m_slow1);
        };
        // Refused without effect: a reason that is not text, too long, or
        // with members the body does not have.
        const QList<QByteArray> refusedBodies{
            QByteArray(R"({"reason": 5})"), QByteArray(R"({"why": "x"})"),
            QByteArray(R"({"reason": ")") + QByteArray(501, 'x') + QByteArray(R"("})")};
        for (const QByteArray &bad : refusedBodies) {
            const Reply refused = cancel(bad);
            QCOMPARE(refused.status, 422);
            QCOMPARE(refused.problemSlug(), QStringLiteral("validation-failed"));
        }
        QCOMPARE(cancel("not json").status, 400);
        QCOMPARE(status(m_slow, m_slow1, created.json().value(QStringLiteral("id")).toString()),
                 QStringLiteral("received"));

        const Reply cancelled = cancel(R"({"reason": "  I filed it by mistake.  "})");
        QCOMPARE(cancelled.status, 200);
        const QJsonObject request = m_slow.get(path.chopped(7), m_slow1).json();
        QCOMPARE(request, cancelled.json());
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(request.value(QStringLiteral("cancellation"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("I filed it by mistake."));
        QVERIFY(request.value(QStringLiteral("denial")).isNull());
        // The list tells the same.
        const QJsonArray items = m_slow.get(kRequests + QStringLiteral("?limit=500"), m_slow1)
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        bool listed = false;
        for (const QJsonValue &item : items)
            listed = listed || item.toObject() == request;
        QVERIFY(listed);
    }

    void anExtensionMovesTheExpectedDateAndIsInTheHistory()
    {
        const Reply created = m_outcomes.submitRequest(
            m_outcomes1, "extended-object",
            requestBody(
                QStringLiteral("object"),
                QJsonObject{{QStringLiteral("processing"), QJsonArray{QStringLiteral("profiling")}},
                            {QStringLiteral("reason"), QStringLiteral("No profiling, please.")}}));
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QCOMPARE(created.json().value(QStringLiteral("expected_by")),
                 created.json().value(QStringLiteral("due_at")));
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(m_outcomes, m_outcomes1, id), kWaitMs);
        const QJsonObject done =
            m_outcomes.get(kRequests + QLatin1Char('/') + id, m_outcomes1).json();
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(historyStatuses(done),
                 (QStringList{QStringLiteral("received"), QStringLiteral("verifying"),
                              QStringLiteral("in_progress"), QStringLiteral("in_progress"),
                              QStringLiteral("completed")}));
        const QJsonArray history = done.value(QStringLiteral("history")).toArray();
        const QJsonObject step = history.at(3).toObject();
        QCOMPARE(step.value(QStringLiteral("kind")).toString(), QStringLiteral("extension"));
        QCOMPARE(step.value(QStringLiteral("reason_code")).toString(),
                 QStringLiteral("complexity"));
        for (int i : {0, 1, 2, 4}) {
            QCOMPARE(history.at(i).toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("status"));
            QVERIFY(history.at(i).toObject().value(QStringLiteral("expected_by")).isNull());
        }

        const QJsonArray extensions = done.value(QStringLiteral("extensions")).toArray();
        QCOMPARE(extensions.size(), 1);
        const QJsonObject extension = extensions.first().toObject();
        QCOMPARE(extension.value(QStringLiteral("reason_code")).toString(),
                 QStringLiteral("complexity"));
        QVERIFY(!extension.value(QStringLiteral("explanation")).toString().isEmpty());
        QCOMPARE(extension.value(QStringLiteral("at")), step.value(QStringLiteral("at")));
        QCOMPARE(extension.value(QStringLiteral("expected_by")),
                 step.value(QStringLiteral("expected_by")));
        // The statutory deadline stays; the expected date moved a month on.
        QCOMPARE(done.value(QStringLiteral("due_at")),
                 created.json().value(QStringLiteral("due_at")));
        QCOMPARE(done.value(QStringLiteral("expected_by")),
                 extension.value(QStringLiteral("expected_by")));
        QCOMPARE(apiTime(done.value(QStringLiteral("expected_by"))) -
                     apiTime(done.value(QStringLiteral("due_at"))),
                 30 * kDayMs);
        QVERIFY(done.value(QStringLiteral("denial")).isNull());
    }

    void aDenialCarriesItsReasonCode()
    {
        const Reply created = m_outcomes.submitRequest(
            m_outcomes1, "denied-guardian",
            requestBody(
                QStringLiteral("guardian_removal"),
                QJsonObject{{QStringLiteral("guardian_name"), QStringLiteral("Grace Parent")},
                            {QStringLiteral("relation"), QStringLiteral("parent")},
                            {QStringLiteral("minor"),
                             QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Tim Minor")},
                                         {QStringLiteral("username"), QStringLiteral("tim2014")}}},
                            {QStringLiteral("statement"), QStringLiteral("My son is eleven.")}}));
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(m_outcomes, m_outcomes1, id), kWaitMs);
        const QJsonObject done =
            m_outcomes.get(kRequests + QLatin1Char('/') + id, m_outcomes1).json();
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(historyStatuses(done),
                 (QStringList{QStringLiteral("received"), QStringLiteral("verifying"),
                              QStringLiteral("in_progress"), QStringLiteral("rejected")}));
        const QJsonObject last = done.value(QStringLiteral("history")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("reason_code")).toString(),
                 QStringLiteral("insufficient_verification"));
        const QJsonObject denial = done.value(QStringLiteral("denial")).toObject();
        QCOMPARE(denial.value(QStringLiteral("reason_code")).toString(),
                 QStringLiteral("insufficient_verification"));
        QVERIFY(denial.value(QStringLiteral("explanation"))
                    .toString()
                    .contains(QStringLiteral("guardian")));
        QCOMPARE(denial.value(QStringLiteral("explanation")),
                 last.value(QStringLiteral("message")));
        QVERIFY(done.value(QStringLiteral("extensions")).toArray().isEmpty());
        QVERIFY(done.value(QStringLiteral("cancellation")).isNull());
        QVERIFY(done.value(QStringLiteral("result")).isNull());
        QCOMPARE(m_outcomes
                     .request("POST", kRequests + QLatin1Char('/') + id + QStringLiteral("/cancel"),
                              {}, {}, m_outcomes1)
                     .status,
                 409);
        m_deniedId = id;
    }

    void anEndedRequestHasAReceiptSignedWithTheDiscoveryKey()
    {
        const QJsonArray keys = m_fast.get(QStringLiteral("/.well-known/privacy-dashboard"))
                                    .json()
                                    .value(QStringLiteral("receipt_keys"))
                                    .toArray();
        QCOMPARE(keys.size(), 1);
        const QJsonObject jwk = keys.first().toObject();
        QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("OKP"));
        QCOMPARE(jwk.value(QStringLiteral("crv")).toString(), QStringLiteral("Ed25519"));
        QVERIFY(!jwk.value(QStringLiteral("kid")).toString().isEmpty());

        QVERIFY(!m_exportId.isEmpty());
        const QString path = kRequests + QLatin1Char('/') + m_exportId;
        const Reply reply = m_fast.get(path + QStringLiteral("/receipt"), m_fast1);
        QCOMPARE(reply.status, 200);
        const QJsonObject signedReceipt = reply.json();
        QCOMPARE(signedReceipt.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
        QCOMPARE(signedReceipt.value(QStringLiteral("kid")), jwk.value(QStringLiteral("kid")));
        const QByteArray text = signedReceipt.value(QStringLiteral("receipt")).toString().toUtf8();
        const QByteArray signature =
            fromBase64Url(signedReceipt.value(QStringLiteral("signature")));
        QCOMPARE(signature.size(), 64);
        QVERIFY(verifiesReceipt(jwk, text, signature));

        // The canonical form: sorted keys, no whitespace.
        const QJsonObject receipt = QJsonDocument::fromJson(text).object();
        QCOMPARE(QJsonDocument(receipt).toJson(QJsonDocument::Compact), text);
        QVERIFY(!text.contains(' ') && !text.contains('\n'));
        const QJsonObject request = m_fast.get(path, m_fast1).json();
        QCOMPARE(receipt.value(QStringLiteral("format")).toString(),
                 QStringLiteral("privacy-dashboard-receipt/1"));
        QCOMPARE(receipt.value(QStringLiteral("request_id")).toString(), m_exportId);
        QCOMPARE(receipt.value(QStringLiteral("type")).toString(), QStringLiteral("export"));
        QCOMPARE(receipt.value(QStringLiteral("outcome")).toString(), QStringLiteral("completed"));
        QCOMPARE(receipt.value(QStringLiteral("kid")), jwk.value(QStringLiteral("kid")));
        QCOMPARE(receipt.value(QStringLiteral("received_at")),
                 request.value(QStringLiteral("created_at")));
        QCOMPARE(receipt.value(QStringLiteral("ended_at")),
                 request.value(QStringLiteral("updated_at")));
        QCOMPARE(receipt.value(QStringLiteral("due_at")), request.value(QStringLiteral("due_at")));
        const QJsonObject result = request.value(QStringLiteral("result")).toObject();
        QCOMPARE(receipt.value(QStringLiteral("archive_sha256")),
                 result.value(QStringLiteral("sha256")));
        QCOMPARE(receipt.value(QStringLiteral("archive_sha256")).toString().size(), 64);
        QCOMPARE(receipt.value(QStringLiteral("archive_size_bytes")).toInteger(),
                 result.value(QStringLiteral("size_bytes")).toInteger());
        QVERIFY(receipt.value(QStringLiteral("reason_code")).isNull());
        // Signed again, the same bytes (Ed25519 is deterministic).
        QCOMPARE(m_fast.get(path + QStringLiteral("/receipt"), m_fast1).body, reply.body);

        // Altered, it no longer verifies.
        QByteArray altered = text;
        altered.replace("\"completed\"", "\"cancelled\"");
        QVERIFY(altered != text);
        QVERIFY(!verifiesReceipt(jwk, altered, signature));
        QByteArray flipped = signature;
        flipped[10] = char(flipped.at(10) ^ 0x01);
        QVERIFY(!verifiesReceipt(jwk, text, flipped));

        // A denial's receipt names its reason; another server's key does not
        // verify it.
        QVERIFY(!m_deniedId.isEmpty());
        const QJsonObject denied =
            m_outcomes
                .get(kRequests + QLatin1Char('/') + m_deniedId + QStringLiteral("/receipt"),
                     m_outcomes1)
                .json();
        const QByteArray deniedText = denied.value(QStringLiteral("receipt")).toString().toUtf8();
        const QJsonObject deniedReceipt = QJsonDocument::fromJson(deniedText).object();
        QCOMPARE(deniedReceipt.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(deniedReceipt.value(QStringLiteral("reason_code")).toString(),
                 QStringLiteral("insufficient_verification"));
        QVERIFY(deniedReceipt.value(QStringLiteral("archive_sha256")).isNull());
        const QByteArray deniedSignature = fromBase64Url(denied.value(QStringLiteral("signature")));
        QVERIFY(!verifiesReceipt(jwk, deniedText, deniedSignature));
        const QJsonObject outcomesKey =
            m_outcomes.get(QStringLiteral("/.well-known/privacy-dashboard"))
                .json()
                .value(QStringLiteral("receipt_keys"))
                .toArray()
                .first()
                .toObject();
        QVERIFY(verifiesReceipt(outcomesKey, deniedText, deniedSignature));

        // A cancellation gets one too; an open request, another account's
        // or an unknown one none.
        QVERIFY(!m_cancelledId.isEmpty());
        const QJsonObject cancelled =
            QJsonDocument::fromJson(
                m_slow
                    .get(kRequests + QLatin1Char('/') + m_cancelledId + QStringLiteral("/receipt"),
                         m_slow1)
                    .json()
                    .value(QStringLiteral("receipt"))
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(cancelled.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("cancelled"));
        const Reply open = m_slow.submitRequest(m_slow1, "receipt-open",
                                                securityReportBody(QStringLiteral("Open.")));
        QCOMPARE(open.status, 201);
        const Reply early = m_slow.get(kRequests + QLatin1Char('/') +
                                           open.json().value(QStringLiteral("id")).toString() +
                                           QStringLiteral("/receipt"),
                                       m_slow1);
        QCOMPARE(early.status, 409);
        QCOMPARE(early.problemSlug(), QStringLiteral("conflict"));
        QCOMPARE(m_slow
                     .get(kRequests + QLatin1Char('/') + m_cancelledId + QStringLiteral("/receipt"),
                          m_slow0)
                     .status,
                 404);
        QCOMPARE(m_fast.get(kRequests + QStringLiteral("/r-nope/receipt"), m_fast1).status, 404);
    }

    void archiveIsOnlyForCompletedExports()
    {
        const Reply pending = m_slow.submitRequest(
            m_slow0, "export-pending",
            requestBody(
                QStringLiteral("export"),
                QJsonObject{{QStringLiteral("categories"), QJsonArray{QStringLiteral("logs")}},
                            {QStringLiteral("format"), QStringLiteral("csv")}}));
        QCOMPARE(pending.status, 201);
        const QString archive = kRequests + QLatin1Char('/') +
                                pending.json().value(QStringLiteral("id")).toString() +
                                QStringLiteral("/archive");
        const Reply early = m_slow.get(archive, m_slow0);
        QCOMPARE(early.status, 409);
        QCOMPARE(early.problemSlug(), QStringLiteral("conflict"));
        const Reply notExport = m_fast.get(
            kRequests + QLatin1Char('/') + m_completedId + QStringLiteral("/archive"), m_fast1);
        QCOMPARE(notExport.status, 404);
    }

    void otherAccountsRequestsAreNotFound()
    {
        const Reply created = m_slow.submitRequest(
            m_slow0, "private-1", securityReportBody(QStringLiteral("Mine only.")));
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        const QString path = kRequests + QLatin1Char('/') + id;
        for (const Reply &reply :
             {m_slow.get(path, m_slow1),
              m_slow.request("POST", path + QStringLiteral("/cancel"), {}, {}, m_slow1),
              m_slow.get(path + QStringLiteral("/archive"), m_slow1)}) {
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.problemSlug(), QStringLiteral("not-found"));
        }
        QCOMPARE(status(m_slow, m_slow0, id), QStringLiteral("received"));
        const Reply list = m_slow.get(kRequests + QStringLiteral("?limit=500"), m_slow1);
        for (const QJsonValue &item : list.json().value(QStringLiteral("items")).toArray())
            QVERIFY(item.toObject().value(QStringLiteral("id")).toString() != id);
    }

    void listPagesThroughASnapshot()
    {
        const int before =
            m_slow.get(kRequests, m_slow1).json().value(QStringLiteral("total")).toInt();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_slow
                         .submitRequest(m_slow1, "page-" + QByteArray::number(i),
                                        securityReportBody(QStringLiteral("Report %1").arg(i)))
                         .status,
                     201);
        }
        Reply page = m_slow.get(kRequests + QStringLiteral("?limit=2"), m_slow1);
        QCOMPARE(page.status, 200);
        const int total = page.json().value(QStringLiteral("total")).toInt();
        QCOMPARE(total, before + 5);
        // Created after the first page: outside this walk's snapshot.
        const Reply late =
            m_slow.submitRequest(m_slow1, "page-late", securityReportBody(QStringLiteral("Late.")));
        QCOMPARE(late.status, 201);
        QStringList ids;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (;;) {
            const QJsonObject json = page.json();
            QCOMPARE(json.value(QStringLiteral("total")).toInt(), total);
            for (const QJsonValue &item : json.value(QStringLiteral("items")).toArray()) {
                const QJsonObject request = item.toObject();
                QVERIFY(!request.value(QStringLiteral("history")).toArray().isEmpty());
                const qint64 created = apiTime(request.value(QStringLiteral("created_at")));
                QVERIFY(created <= previous);
                previous = created;
                ids << request.value(QStringLiteral("id")).toString();
            }
            const QString cursor = json.value(QStringLiteral("next_cursor")).toString();
            if (cursor.isEmpty())
                break;
            page = m_slow.get(kRequests + QStringLiteral("?limit=2&cursor=") + cursor, m_slow1);
            QCOMPARE(page.status, 200);
        }
        QCOMPARE(ids.size(), total);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), total);
        QVERIFY(!ids.contains(late.json().value(QStringLiteral("id")).toString()));
        QCOMPARE(m_slow.get(kRequests + QStringLiteral("?cursor=garbage"), m_slow1).problemSlug(),
                 QStringLiteral("bad-request"));
        QCOMPARE(m_slow.get(kRequests + QStringLiteral("?limit=0"), m_slow1).status, 422);
    }

private:
    TestServer m_fast;
    TestServer m_slow;
    TestServer m_outcomes; // --demo-outcomes
    QString m_outcomes1;
    QString m_fast1;
    QString m_slow0;
    QString m_slow1;
    QJsonObject m_deadlines;
    QString m_completedId;
    QString m_exportId;
    QString m_deniedId;
    QString m_cancelledId;
};

QTEST_GUILESS_MAIN(TstServerRequests)
#include "tst_server_requests.moc"
