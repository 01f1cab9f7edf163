#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QSslConfiguration>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantList>

#include <memory>

namespace pd::test {

// What one HTTP exchange with the server gave back.
struct Reply {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QString networkError; // empty when the exchange completed

    QByteArray header(const QByteArray &lowerCaseName) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    // The slug of a problem+json body ("not-found"), empty otherwise.
    QString problemSlug() const;
    bool isProblemJson() const;
    // The "field" of each entry of a validation problem's "errors", in order.
    QStringList errorFields() const;
};

// `object` as the compact JSON of a request body.
QByteArray compactJson(const QJsonObject &object);
// The id of the first item of a list answer ({"items": [...]}); empty when
// the list is empty.
QString firstItemId(const QJsonObject &list);

struct Tokens {
    QString accessToken;
    QString refreshToken;
    QString sessionId;
};

// One message the server delivered to its maildir.
struct Mail {
    QString to;
    QString subject;
    QString body;
    QString path;
};

struct DemoAccount {
    QString email;
    QString password;
    QString totpSecret;
};

// Runs privacy-dashboard-server as a child process on 127.0.0.1:0 over TLS,
// in a fresh data folder (and, when PD_TEST_POSTGRES is set, a fresh
// PostgreSQL database), and talks to it with a QNetworkAccessManager that
// trusts only the server's development CA.
//
// Environment:
//   PD_SERVER_BINARY      path of privacy-dashboard-server (set by CTest)
//   PD_TEST_POSTGRES      admin URL postgresql://user@host:port/postgres; when
//                         set, each TestServer creates and drops its own database
//   PD_CONTRACT_RECORD_DIR when set, responses are recorded there for the
//                         OpenAPI contract check
class TestServer
{
public:
    TestServer();
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // Variables ("NAME=value") added to the server process's environment from
    // its next start on (e.g. LD_PRELOAD of libfaketime).
    void setExtraEnvironment(const QStringList &variables) { m_extraEnvironment = variables; }
    // Starts with --demo and `extraArguments`; false (and a QTest failure
    // message in lastError()) if it did not come up.
    bool start(const QStringList &extraArguments = {});
    // Starts a second server process on `first`'s database (PostgreSQL), as
    // one more instance behind a load balancer: a data folder (and TLS
    // certificate) of its own, no --demo, `first`'s demo accounts. Give both
    // the same --secret-file in `extraArguments` (and in first's).
    bool startAlongside(const TestServer &first, const QStringList &extraArguments = {});
    // What the server process wrote to stderr so far (its log).
    QByteArray log();
    // The arguments for a server that processes each new request `seconds`
    // after it was filed (0: at once; 3600: it stays open for the test).
    static QStringList processAfter(int seconds);
    void stop();
    // Stops the process only (the database stays) and starts it again on the
    // same address with the same arguments, e.g. to test going offline and
    // back. false (and lastError()) if it did not come up.
    bool restart();
    // Stops the process only, like the first half of restart().
    void halt();
    QString lastError() const { return m_error; }

    QUrl origin() const { return m_origin; }
    QString caCertificatePath() const { return m_caPath; }
    QString dataDir() const { return m_dataDir->path(); }
    // The server process's id (0 when it is not running), for tests that
    // change its resource limits.
    qint64 processId() const { return m_process.processId(); }
    // accounts()[0] has two-factor on, accounts()[1] has it off.
    QList<DemoAccount> accounts() const { return m_accounts; }
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    QNetworkAccessManager &network() { return m_network; }

    // One blocking exchange (the test waits on the reply's finished signal).
    Reply request(const QByteArray &method, const QString &pathAndQuery,
                  const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {},
                  const QString &accessToken = {});
    Reply get(const QString &pathAndQuery, const QString &accessToken = {});
    Reply postJson(const QString &path, const QJsonObject &body, const QString &accessToken = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});

    // Password sign-in, answering the TOTP challenge when there is one.
    // Each account's TOTP is accepted once per 30 s step, so tests should
    // sign in to accounts()[0] sparingly and reuse/refresh the tokens.
    Tokens signIn(const DemoAccount &account, const QString &deviceName = QStringLiteral("test"));
    // The code for `secret` at the server's current time plus `stepOffset` steps.
    static QString totpCode(const QString &secret, int stepOffset = 0);
    // POST /api/v1/requests with `request` under `idempotencyKey`.
    Reply submitRequest(const QString &accessToken, const QByteArray &idempotencyKey,
                        const QJsonObject &request);
    // Answers the TOTP challenge `challengeId` with `secret`'s code for each
    // step from `firstStep` up to the next-but-one until one is accepted (a
    // code is good once: an earlier sign-in may have spent this step's);
    // the last answer.
    Reply answerTotpChallenge(const QString &challengeId, const QString &secret, int firstStep = 0);
    // The usual start of a suite that acts as both demo accounts: start()
    // with `extraArguments`, then accounts()[0] signed in to *twoFactor and
    // accounts()[1] to *plain. false (and lastError()) if any step failed.
    bool startSignedIn(Tokens *twoFactor, Tokens *plain, const QStringList &extraArguments = {});
    // A fresh single-use nonce for an OpenID Connect sign-in; empty when the
    // server did not issue one.
    QString oidcNonce();
    // Re-authenticates the session of `accessToken` with `account`'s
    // password; the server answers 204 when it accepts.
    Reply reauthenticate(const DemoAccount &account, const QString &accessToken);
    // sign_in_method ("password", "oidc") of the session of `accessToken`,
    // as its own sessions list names it; empty when not listed.
    QString signInMethodOf(const QString &accessToken);

    // The messages in the server's maildir (<dataDir>/mail/new), oldest
    // first.
    QList<Mail> mail() const;
    // The six-digit code of the newest message to `to` that has one; empty
    // when there is none.
    QString latestCode(const QString &to) const;

    // The database the server runs on: the SQLite file in dataDir(), or this
    // test's own PostgreSQL database (a postgresql:// URL).
    QString databaseLocation() const;
    // Runs one statement on the server's database behind the API's back (for
    // tests that need rows to appear mid-walk, or must read what the API
    // does not show) and returns the rows of a query. On failure, *ok is
    // false and lastError() says why.
    QList<QVariantList> runSql(const QString &sql, const QVariantList &binds = {},
                               bool *ok = nullptr);

private:
    bool launch(const QString &listen);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    QStringList m_arguments; // all but --listen
    QProcess m_process;
    QUrl m_origin;
    QString m_caPath;
    QList<DemoAccount> m_accounts;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_network;
    QString m_error;
    QString m_pgAdminUrl;
    QString m_pgDatabase;
    QString m_sharedDatabase; // startAlongside(): the first server's
    QByteArray m_log;
    QStringList m_extraEnvironment;
};

} // namespace pd::test
