// Server faults (issue 14): the server's wall clock jumps back and forth
// while it runs (libfaketime, re-reading its offset from a file on every
// call; the monotonic clock stays real, as with an operator or NTP setting
// the time). Token expiry, rate-limit windows, request schedules and export
// links must stay sane: nothing valid for as long again as the clock went
// back, no request waiting until the clock catches up, no client refused
// for hours, and the server answering throughout.
#include "AuthEndpoints.h"
#include "RequestBodies.h"
#include "TestServer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace pd::test;
using namespace pd::test::endpoints;

namespace {

const QString kRequests = QStringLiteral("/api/v1/requests");
const QString kDiscovery = QStringLiteral("/.well-known/privacy-dashboard");
const QString kProfile = QStringLiteral("/api/v1/profile");
constexpr int kWaitMs = 30000;
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

qint64 apiTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

class TstServerClockJumps : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_offsetFile;
    TestServer m_server;
    QString m_token;

    // The server's clock is real time plus `offset` ("+0", "-2h", "+8d") from
    // its next reading on.
    bool setClock(const QByteArray &offset)
    {
        QFile file(m_offsetFile);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(offset + '\n') == offset.size() + 1;
    }
    QStringList fakeTimeEnvironment() const
    {
        QString asan = qEnvironmentVariable("ASAN_OPTIONS");
        if (!asan.isEmpty())
            asan += u':';
        return {
            QStringLiteral("LD_PRELOAD=") + qEnvironmentVariable("PD_FAKETIME_LIBRARY"),
            QStringLiteral("FAKETIME_TIMESTAMP_FILE=") + m_offsetFile,
            QStringLiteral("FAKETIME_NO_CACHE=1"), QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC=1"),
            // The preloaded library comes before the sanitizer's runtime.
            QStringLiteral("ASAN_OPTIONS=") + asan + QStringLiteral("verify_asan_link_order=0")};
    }
    QString signIn(TestServer &server)
    {
        return server.signIn(server.accounts().value(1)).accessToken;
    }
    QJsonObject request(const QString &id)
    {
        return m_server.get(kRequests + u'/' + id, m_token).json();
    }
    QString fileReport(const QByteArray &key)
    {
        const Reply created = m_server.submitRequest(
            m_token, key, securityReportBody(QStringLiteral("clock ") + QString::fromLatin1(key)));
        return created.status == 201 ? created.json().value(QStringLiteral("id")).toString()
                                     : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PD_FAKETIME_LIBRARY"))
            QSKIP("PD_FAKETIME_LIBRARY (libfaketime, scripts/setup-deps) is set by CTest");
        m_offsetFile = m_dir.filePath(QStringLiteral("faketime"));
        QVERIFY(setClock("+0"));
        m_server.setExtraEnvironment(fakeTimeEnvironment());
        QVERIFY2(m_server.start(TestServer::processAfter(1)), qPrintable(m_server.lastError()));
        m_token = signIn(m_server);
        QVERIFY(!m_token.isEmpty());
    }

    void cleanup() { QVERIFY(setClock("+0")); }

    // A request filed just before the clock went back a day is processed
    // after its usual steps, not a day later.
    void scheduleGoesOnAfterBackwardJump()
    {
        const QString id = fileReport("before-the-jump");
        QVERIFY(!id.isEmpty());
        QVERIFY(setClock("-1d"));
        m_token = signIn(m_server);
        QVERIFY(!m_token.isEmpty());
        // The jump took: what is filed now is dated a day back.
        const QString after = fileReport("after-the-jump");
        QVERIFY(!after.isEmpty());
        const QJsonObject filed = request(after);
        QVERIFY(qAbs(apiTime(filed.value(QStringLiteral("created_at"))) -
                     (QDateTime::currentMSecsSinceEpoch() - kDayMs)) < 600 * 1000);
        // Deadlines lie ahead of their requests, whatever the clock did.
        QVERIFY(apiTime(filed.value(QStringLiteral("due_at"))) >
                apiTime(filed.value(QStringLiteral("created_at"))));

        QTRY_COMPARE_WITH_TIMEOUT(request(id).value(QStringLiteral("status")).toString(),
                                  QStringLiteral("completed"), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(request(after).value(QStringLiteral("status")).toString(),
                                  QStringLiteral("completed"), kWaitMs);
    }

    // After a forward jump past a request's deadline it is still carried out,
    // and new requests get deadlines after their filing.
    void scheduleGoesOnAfterForwardJump()
    {
        QVERIFY(setClock("+40d"));
        m_token = signIn(m_server);
        QVERIFY(!m_token.isEmpty());
        const QString id = fileReport("forty-days-on");
        QVERIFY(!id.isEmpty());
        const QJsonObject filed = request(id);
        QVERIFY(apiTime(filed.value(QStringLiteral("due_at"))) >
                apiTime(filed.value(QStringLiteral("created_at"))));
        QTRY_COMPARE_WITH_TIMEOUT(request(id).value(QStringLiteral("status")).toString(),
                                  QStringLiteral("completed"), kWaitMs);
    }

    // An access token lives no longer than its lifetime after the clock went
    // back; its refresh token renews it. A refresh token dies when the clock
    // goes back further than its own lifetime allows.
    void tokensDoNotOutliveABackwardJump()
    {
        const Tokens tokens = m_server.signIn(m_server.accounts().value(1));
        QVERIFY(!tokens.accessToken.isEmpty());
        QCOMPARE(m_server.get(kProfile, tokens.accessToken).status, 200);

        QVERIFY(setClock("-2h"));
        // Before: valid for two hours and a quarter more.
        QCOMPARE(m_server.get(kProfile, tokens.accessToken).status, 401);
        const Reply renewed =
            m_server.postJson(kRefresh, {{QStringLiteral("refresh_token"), tokens.refreshToken}});
        QCOMPARE(renewed.status, 200);
        const QString access = renewed.json().value(QStringLiteral("access_token")).toString();
        const QString refresh = renewed.json().value(QStringLiteral("refresh_token")).toString();
        QCOMPARE(m_server.get(kProfile, access).status, 200);

        // Back further than twice the refresh token's 30 days.
        QVERIFY(setClock("-62d"));
        QCOMPARE(m_server.get(kProfile, access).status, 401);
        const Reply refused =
            m_server.postJson(kRefresh, {{QStringLiteral("refresh_token"), refresh}});
        QVERIFY2(refused.status == 401 || refused.status == 400, refused.body.constData());
        // The server still signs in, at any time.
        QVERIFY(!signIn(m_server).isEmpty());
    }

    // An export's link: kept over a small correction of the clock, good
    // for more than 30 days and as many downloads as wanted (issue 15), gone
    // when the clock went back far, or forward past its expiry.
    void archiveLinkFollowsItsLifetime()
    {
        m_token = signIn(m_server);
        const Reply created = m_server.submitRequest(
            m_token, "clock-export",
            requestBody(QStringLiteral("export"),
                        {{QStringLiteral("categories"), QJsonArray{QStringLiteral("profile")}},
                         {QStringLiteral("format"), QStringLiteral("json")}}));
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(request(id).value(QStringLiteral("status")).toString(),
                                  QStringLiteral("completed"), kWaitMs);
        const QString archive = kRequests + u'/' + id + QStringLiteral("/archive");
        const Reply first = m_server.get(archive, m_token);
        QCOMPARE(first.status, 200);
        const qint64 expiresAt = apiTime(request(id)
                                             .value(QStringLiteral("result"))
                                             .toObject()
                                             .value(QStringLiteral("expires_at")));
        QVERIFY(expiresAt - QDateTime::currentMSecsSinceEpoch() > 30 * kDayMs);

        const auto downloadAt = [&](const QByteArray &offset) {
            if (!setClock(offset))
                return Reply{};
            m_token = signIn(m_server);
            return m_server.get(archive, m_token);
        };
        QCOMPARE(downloadAt("-1h").status, 200);
        // Thirty days and an hour later, more downloads than any cap a
        // portal ever set (3 to 5): each one whole. Before: 404 after 7 days.
        QCOMPARE(downloadAt("+721h").status, 200);
        for (int attempt = 0; attempt < 25; ++attempt) {
            const Reply again = m_server.get(archive, m_token);
            QCOMPARE(again.status, 200);
            QCOMPARE(again.body, first.body);
        }
        // Before: served for the 40 days the clock went back, plus its own.
        const Reply farBack = downloadAt("-40d");
        QCOMPARE(farBack.status, 404);
        QVERIFY(farBack.isProblemJson());
        const Reply expired = downloadAt("+32d");
        QCOMPARE(expired.status, 404);
        QVERIFY(!expired.json().value(QStringLiteral("detail")).toString().isEmpty());
        QCOMPARE(m_server.get(kDiscovery).status, 200);
    }

    // A rate-limited client is not refused for hours when the clock goes
    // back an hour, and the limit still holds afterwards.
    void rateLimitSurvivesABackwardJump()
    {
        TestServer limited;
        limited.setExtraEnvironment(fakeTimeEnvironment());
        QVERIFY2(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("20")}),
                 qPrintable(limited.lastError()));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(limited.get(kDiscovery).status, 200);
        QVERIFY(setClock("-1h"));
        // Before: every request refused with Retry-After of about an hour.
        for (int i = 0; i < 5; ++i) {
            const Reply reply = limited.get(kDiscovery);
            QVERIFY2(reply.status == 200,
                     qPrintable(QStringLiteral("%1, retry-after %2")
                                    .arg(reply.status)
                                    .arg(QString::fromLatin1(reply.header("retry-after")))));
        }
        // The limit still holds, with waits of seconds, never negative.
        int refused = 0;
        for (int i = 0; i < 40 && refused == 0; ++i) {
            const Reply reply = limited.get(kDiscovery);
            if (reply.status != 429)
                continue;
            ++refused;
            const int retryAfter = reply.header("retry-after").toInt();
            QVERIFY2(retryAfter >= 1 && retryAfter <= 60, reply.header("retry-after").constData());
        }
        QCOMPARE(refused, 1);
    }
};

QTEST_GUILESS_MAIN(TstServerClockJumps)
#include "tst_server_clock_jumps.moc"
