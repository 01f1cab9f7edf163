#include "TestServer.h"

#include "auth/Totp.h"
#include "db/Database.h"
#include "demo/DieWithParent.h"
#include "demo/ServerStartupLines.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslCertificate>
#include <QTimer>
#include <QUuid>

namespace pd::test {

QByteArray Reply::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool Reply::isProblemJson() const
{
    return header("content-type").startsWith("application/problem+json");
}

QString Reply::problemSlug() const
{
    const QString type = json().value(QStringLiteral("type")).toString();
    const QString prefix = QStringLiteral("urn:privacy-dashboard:problem:");
    return isProblemJson() && type.startsWith(prefix) ? type.mid(prefix.size()) : QString();
}

QStringList Reply::errorFields() const
{
    QStringList fields;
    const QJsonArray errors = json().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &error : errors)
        fields << error.toObject().value(QStringLiteral("field")).toString();
    return fields;
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString firstItemId(const QJsonObject &list)
{
    return list.value(QStringLiteral("items"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

namespace {

bool runAdminSql(const QString &adminUrl, const QString &sql, QString *error)
{
    const QUrl url(adminUrl);
    const QString name = QStringLiteral("admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(const QStringList &extraArguments)
{
    const QString binary = qEnvironmentVariable("PD_SERVER_BINARY");
    if (binary.isEmpty()) {
        m_error = QStringLiteral("PD_SERVER_BINARY is not set");
        return false;
    }
    m_dataDir = std::make_unique<QTemporaryDir>();
    // Developer mode allows the testing switches (--record-responses below,
    // --clock-offset in some tests).
    QStringList arguments{QStringLiteral("--data-dir"), m_dataDir->path(), QStringLiteral("--demo"),
                          QStringLiteral("--developer-mode")};
    m_pgAdminUrl = qEnvironmentVariable("PD_TEST_POSTGRES");
    if (!m_pgAdminUrl.isEmpty()) {
        m_pgDatabase = QStringLiteral("pd_test_") + QUuid::createUuid().toString(QUuid::Id128);
        if (!runAdminSql(m_pgAdminUrl, QStringLiteral("CREATE DATABASE ") + m_pgDatabase, &m_error))
            return false;
        QUrl url(m_pgAdminUrl);
        url.setPath(QLatin1Char('/') + m_pgDatabase);
        arguments << QStringLiteral("--db") << url.toString();
    }
    const QString recordDir = qEnvironmentVariable("PD_CONTRACT_RECORD_DIR");
    if (!recordDir.isEmpty()) {
        QDir().mkpath(recordDir);
        arguments << QStringLiteral("--record-responses")
                  << QDir(recordDir).filePath(
                         QCoreApplication::applicationName() + QLatin1Char('-') +
                         QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".jsonl"));
    }
    arguments << extraArguments;
    m_arguments = arguments;
    return launch(QStringLiteral("127.0.0.1:0"));
}

bool TestServer::startAlongside(const TestServer &first, const QStringList &extraArguments)
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_sharedDatabase = first.databaseLocation();
    m_arguments =
        QStringList{QStringLiteral("--data-dir"), m_dataDir->path(), QStringLiteral("--db"),
                    m_sharedDatabase, QStringLiteral("--developer-mode")} +
        extraArguments;
    const bool started = launch(QStringLiteral("127.0.0.1:0"));
    m_accounts = first.accounts(); // this server announces none
    return started;
}

QByteArray TestServer::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

QStringList TestServer::processAfter(int seconds)
{
    return {QStringLiteral("--process-after"), QString::number(seconds)};
}

bool TestServer::restart()
{
    if (m_arguments.isEmpty()) {
        m_error = QStringLiteral("the server was never started");
        return false;
    }
    halt();
    m_accounts.clear();
    return launch(m_origin.host() + u':' + QString::number(m_origin.port()));
}

void TestServer::halt()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool TestServer::launch(const QString &listen)
{
    const QString binary = qEnvironmentVariable("PD_SERVER_BINARY");
    // A restart that fails must not look like success with the old address.
    m_origin = QUrl();
    m_caPath.clear();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // A test that Qt Test's watchdog aborts must not leave its server running.
    pd::dieWithParent(m_process);
    if (!m_extraEnvironment.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : std::as_const(m_extraEnvironment))
            environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        m_process.setProcessEnvironment(environment);
    }
    m_process.start(binary, QStringList{QStringLiteral("--listen"), listen} + m_arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("the server did not start: ") + m_process.errorString();
        return false;
    }
    // Wait for the start-up lines (seeding 1,000,000 visits takes a while).
    QByteArray output;
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)))) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        output += m_process.readAllStandardOutput();
        if (output.contains("listening: ") && output.endsWith('\n'))
            break;
    }
    pd::ServerStartupLines startup;
    for (const QByteArray &raw : output.split('\n'))
        startup.read(QString::fromUtf8(raw));
    m_origin = startup.origin;
    m_caPath = startup.caPath;
    for (const pd::ServerStartupLines::Account &account : startup.accounts)
        m_accounts.append({account.email, account.password, account.totpSecret});
    if (!m_origin.isValid() || m_caPath.isEmpty()) {
        m_error = QStringLiteral("the server printed no address: ") +
                  QString::fromUtf8(output + m_process.readAllStandardError());
        return false;
    }
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setCaCertificates(QSslCertificate::fromPath(m_caPath));
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return true;
}

QList<Mail> TestServer::mail() const
{
    const QDir folder(QDir(dataDir()).filePath(QStringLiteral("mail/new")));
    // Maildir names carry the server's delivery sequence as Q<n>.
    static const QRegularExpression sequence(QStringLiteral("Q([0-9]+)"));
    QList<QPair<qint64, QString>> names;
    for (const QString &name : folder.entryList(QDir::Files)) {
        const QRegularExpressionMatch match = sequence.match(name);
        names.append({match.hasMatch() ? match.captured(1).toLongLong() : 0, name});
    }
    std::sort(names.begin(), names.end());
    QList<Mail> messages;
    for (const auto &[number, name] : std::as_const(names)) {
        Q_UNUSED(number)
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray raw = file.readAll();
        const qsizetype split = raw.indexOf("\r\n\r\n");
        Mail message;
        message.path = file.fileName();
        message.body = QString::fromUtf8(raw.mid(split + 4))
                           .replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        for (const QByteArray &line : raw.left(split).split('\n')) {
            const QByteArray header = line.trimmed();
            if (header.startsWith("To: "))
                message.to = QString::fromUtf8(header.mid(4));
            else if (header.startsWith("Subject: "))
                message.subject = QString::fromUtf8(header.mid(9));
        }
        messages.append(message);
    }
    return messages;
}

QString TestServer::latestCode(const QString &to) const
{
    static const QRegularExpression code(QStringLiteral("code: ([0-9]{6})"));
    const QList<Mail> messages = mail();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        const QRegularExpressionMatch match = code.match(it->body);
        if (it->to.compare(to, Qt::CaseInsensitive) == 0 && match.hasMatch())
            return match.captured(1);
    }
    return {};
}

void TestServer::stop()
{
    halt();
    if (!m_pgDatabase.isEmpty()) {
        QString ignored;
        runAdminSql(m_pgAdminUrl, QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgDatabase,
                    &ignored);
        m_pgDatabase.clear();
    }
}

Reply TestServer::request(const QByteArray &method, const QString &pathAndQuery,
                          const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QString &accessToken)
{
    QNetworkRequest request(m_origin.resolved(QUrl(pathAndQuery)));
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(60000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (!accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    // HEAD must go through head(): as a custom verb QNAM would wait for the
    // body that Content-Length announces.
    QNetworkReply *reply = method == "HEAD" ? m_network.head(request)
                                            : m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.append({name.toLower(), value});
    result.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

Reply TestServer::get(const QString &pathAndQuery, const QString &accessToken)
{
    return request("GET", pathAndQuery, {}, {}, accessToken);
}

Reply TestServer::postJson(const QString &path, const QJsonObject &body, const QString &accessToken,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers,
                   accessToken);
}

QString TestServer::totpCode(const QString &secret, int stepOffset)
{
    const qint64 now =
        QDateTime::currentSecsSinceEpoch() + qint64(stepOffset) * pd::server::Totp::kStepSeconds;
    return pd::server::Totp::code(secret, now);
}

Tokens TestServer::signIn(const DemoAccount &account, const QString &deviceName)
{
    Reply reply = postJson(QStringLiteral("/api/v1/auth/password"),
                           QJsonObject{{QStringLiteral("email"), account.email},
                                       {QStringLiteral("password"), account.password},
                                       {QStringLiteral("device_name"), deviceName}});
    QJsonObject body = reply.json();
    if (body.value(QStringLiteral("status")).toString() == QLatin1String("mfa_required")) {
        reply = postJson(QStringLiteral("/api/v1/auth/totp"),
                         QJsonObject{{QStringLiteral("challenge_id"),
                                      body.value(QStringLiteral("challenge_id")).toString()},
                                     {QStringLiteral("code"), totpCode(account.totpSecret)}});
        body = reply.json();
        if (reply.status == 401) {
            // This step's code was already used by an earlier sign-in: the
            // next step's code is inside the ±1 window.
            reply = postJson(QStringLiteral("/api/v1/auth/password"),
                             QJsonObject{{QStringLiteral("email"), account.email},
                                         {QStringLiteral("password"), account.password},
                                         {QStringLiteral("device_name"), deviceName}});
            reply = postJson(
                QStringLiteral("/api/v1/auth/totp"),
                QJsonObject{{QStringLiteral("challenge_id"),
                             reply.json().value(QStringLiteral("challenge_id")).toString()},
                            {QStringLiteral("code"), totpCode(account.totpSecret, 1)}});
            body = reply.json();
        }
    }
    return Tokens{body.value(QStringLiteral("access_token")).toString(),
                  body.value(QStringLiteral("refresh_token")).toString(),
                  body.value(QStringLiteral("session_id")).toString()};
}

Reply TestServer::submitRequest(const QString &accessToken, const QByteArray &idempotencyKey,
                                const QJsonObject &request)
{
    return postJson(QStringLiteral("/api/v1/requests"), request, accessToken,
                    {{"Idempotency-Key", idempotencyKey}});
}

Reply TestServer::answerTotpChallenge(const QString &challengeId, const QString &secret,
                                      int firstStep)
{
    Reply answer;
    for (int step = firstStep; step <= 2 && answer.status != 200; ++step) {
        answer = postJson(QStringLiteral("/api/v1/auth/totp"),
                          {{QStringLiteral("challenge_id"), challengeId},
                           {QStringLiteral("code"), totpCode(secret, step)}});
    }
    return answer;
}

bool TestServer::startSignedIn(Tokens *twoFactor, Tokens *plain, const QStringList &extraArguments)
{
    if (!start(extraArguments))
        return false;
    if (m_accounts.size() < 2) {
        m_error = QStringLiteral("the server announced fewer than two demo accounts");
        return false;
    }
    *twoFactor = signIn(m_accounts.at(0));
    *plain = signIn(m_accounts.at(1));
    if (twoFactor->accessToken.isEmpty() || plain->accessToken.isEmpty()) {
        m_error = QStringLiteral("signing in to the demo accounts failed");
        return false;
    }
    return true;
}

QString TestServer::oidcNonce()
{
    const Reply reply = postJson(QStringLiteral("/api/v1/auth/oidc/nonce"), {});
    if (reply.status != 200)
        return {};
    return reply.json().value(QStringLiteral("nonce")).toString();
}

Reply TestServer::reauthenticate(const DemoAccount &account, const QString &accessToken)
{
    return postJson(QStringLiteral("/api/v1/auth/reauthenticate"),
                    {{QStringLiteral("password"), account.password}}, accessToken);
}

QString TestServer::signInMethodOf(const QString &accessToken)
{
    const QJsonArray items = get(QStringLiteral("/api/v1/auth/sessions"), accessToken)
                                 .json()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QStringLiteral("current")).toBool())
            return item.toObject().value(QStringLiteral("sign_in_method")).toString();
    }
    return {};
}

QString TestServer::databaseLocation() const
{
    if (!m_sharedDatabase.isEmpty())
        return m_sharedDatabase;
    if (m_pgDatabase.isEmpty())
        return QDir(dataDir()).filePath(QStringLiteral("privacy-dashboard.sqlite"));
    QUrl url(m_pgAdminUrl);
    url.setPath(QLatin1Char('/') + m_pgDatabase);
    return url.toString();
}

QList<QVariantList> TestServer::runSql(const QString &sql, const QVariantList &binds, bool *ok)
{
    QList<QVariantList> rows;
    bool succeeded = false;
    const std::unique_ptr<pd::server::Database> db =
        pd::server::Database::open(databaseLocation(), &m_error);
    if (db) {
        try {
            QSqlQuery query = db->run(sql, binds);
            while (query.isSelect() && query.next()) {
                QVariantList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row << query.value(i);
                rows << row;
            }
            succeeded = true;
        } catch (const pd::server::DatabaseError &error) {
            m_error = QString::fromUtf8(error.what());
        }
    }
    if (ok)
        *ok = succeeded;
    return rows;
}

} // namespace pd::test
