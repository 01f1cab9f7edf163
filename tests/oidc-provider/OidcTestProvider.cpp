#include "OidcTestProvider.h"

#include "AuthorizationDriver.h"
#include "demo/DieWithParent.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QUrlQuery>

namespace pd::test {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// The CA and the leaf get their extensions from these files rather than from
// the system's openssl.cnf, so the certificates are the same everywhere.
const QByteArray kCaConfig = "[ req ]\ndistinguished_name = dn\nprompt = no\n"
                             "x509_extensions = ext\n[ dn ]\nCN = PD test OIDC CA\n"
                             "[ ext ]\nbasicConstraints = critical, CA:TRUE\n"
                             "keyUsage = critical, keyCertSign, cRLSign\n"
                             "subjectKeyIdentifier = hash\n";
const QByteArray kLeafConfig = "[ req ]\ndistinguished_name = dn\nprompt = no\n"
                               "[ dn ]\nCN = 127.0.0.1\n"
                               "[ ext ]\nbasicConstraints = critical, CA:FALSE\n"
                               "keyUsage = critical, digitalSignature, keyEncipherment\n"
                               "extendedKeyUsage = serverAuth\n"
                               "subjectAltName = IP:127.0.0.1\n";

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

void waitFor(QNetworkReply *reply)
{
    if (reply->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

QByteArray OidcTestProvider::TokenReply::idToken() const
{
    return json.value(QStringLiteral("id_token")).toString().toLatin1();
}

OidcTestProvider::OidcTestProvider() = default;

OidcTestProvider::~OidcTestProvider()
{
    stop();
}

QString OidcTestProvider::caCertificatePath() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}

bool OidcTestProvider::runOpenssl(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"), arguments);
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2 %3")
                      .arg(arguments.constFirst(), openssl.errorString(),
                           QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

bool OidcTestProvider::makeCertificates()
{
    const QString caConfig = m_dir.filePath(QStringLiteral("ca.cnf"));
    const QString leafConfig = m_dir.filePath(QStringLiteral("leaf.cnf"));
    const QString caKey = m_dir.filePath(QStringLiteral("ca.key"));
    const QString leafKey = m_dir.filePath(QStringLiteral("leaf.key"));
    const QString csr = m_dir.filePath(QStringLiteral("leaf.csr"));
    if (!writeFile(caConfig, kCaConfig) || !writeFile(leafConfig, kLeafConfig)) {
        m_error = QStringLiteral("cannot write the openssl configuration");
        return false;
    }
    const QString ec = QStringLiteral("ec_paramgen_curve:P-256");
    return runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"),
                       caConfig, QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), caKey, QStringLiteral("-out"),
                       caCertificatePath(), QStringLiteral("-days"), QStringLiteral("2")}) &&
           runOpenssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                       QStringLiteral("EC"), QStringLiteral("-pkeyopt"), ec, QStringLiteral("-out"),
                       leafKey}) &&
           runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"),
                       leafConfig, QStringLiteral("-key"), leafKey, QStringLiteral("-out"), csr}) &&
           runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                       QStringLiteral("-CA"), caCertificatePath(), QStringLiteral("-CAkey"), caKey,
                       QStringLiteral("-set_serial"),
                       QString::number(QRandomGenerator::global()->bounded(1, 1 << 30)),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-sha256"),
                       QStringLiteral("-extfile"), leafConfig, QStringLiteral("-extensions"),
                       QStringLiteral("ext"), QStringLiteral("-out"),
                       m_dir.filePath(QStringLiteral("leaf.pem"))});
}

bool OidcTestProvider::readLine(QByteArray *line, int ms)
{
    QDeadlineTimer deadline(ms);
    for (;;) {
        m_stdout += m_process.readAllStandardOutput();
        const qsizetype end = m_stdout.indexOf('\n');
        if (end >= 0) {
            *line = m_stdout.left(end).trimmed();
            m_stdout.remove(0, end + 1);
            return true;
        }
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)));
    }
}

bool OidcTestProvider::start()
{
    const QString folder = qEnvironmentVariable("PD_OIDC_PROVIDER_DIR");
    const QString script = QDir(folder).filePath(QStringLiteral("provider.mjs"));
    if (folder.isEmpty() || !QFile::exists(script)) {
        m_error = QStringLiteral("PD_OIDC_PROVIDER_DIR does not hold provider.mjs (the "
                                 "oidc_provider fixture installs it)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!makeCertificates())
        return false;
    m_process.setWorkingDirectory(folder);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // A test that Qt Test's watchdog aborts must not leave its provider running.
    pd::dieWithParent(m_process);
    // Its warnings (in-memory adapter, devInteractions) are expected.
    m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("provider.log")));
    m_process.start(QStringLiteral("node"), {script, m_dir.filePath(QStringLiteral("leaf.key")),
                                             m_dir.filePath(QStringLiteral("leaf.pem"))});
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("node did not start: ") + m_process.errorString();
        return false;
    }
    QByteArray line;
    while (m_issuer.isEmpty() && readLine(&line, 60000)) {
        // Anything else on stdout (oidc-provider's notices) is skipped.
        m_issuer =
            QJsonDocument::fromJson(line).object().value(QStringLiteral("issuer")).toString();
    }
    if (m_issuer.isEmpty()) {
        QFile log(m_dir.filePath(QStringLiteral("provider.log")));
        log.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("the provider printed no issuer: ") +
                  QString::fromUtf8(m_stdout + log.readAll());
        return false;
    }
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setCaCertificates(QSslCertificate::fromPath(caCertificatePath()));
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return fetchDiscovery();
}

bool OidcTestProvider::fetchDiscovery()
{
    QNetworkRequest request(QUrl(m_issuer + QStringLiteral("/.well-known/openid-configuration")));
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network.get(request);
    waitFor(reply);
    m_discovery = QJsonDocument::fromJson(reply->readAll()).object();
    const bool ok = reply->error() == QNetworkReply::NoError &&
                    m_discovery.value(QStringLiteral("issuer")).toString() == m_issuer;
    if (!ok)
        m_error = QStringLiteral("cannot read the provider's discovery: ") + reply->errorString();
    reply->deleteLater();
    return ok;
}

void OidcTestProvider::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Closing stdin ends the provider; SIGTERM is the second way.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QStringList OidcTestProvider::serverArguments(const QString &displayName,
                                              const QString &clientId) const
{
    return {QStringLiteral("--oidc-issuer"),
            m_issuer + QLatin1Char(',') + clientId + QLatin1Char(',') + displayName,
            QStringLiteral("--trust-ca"), caCertificatePath()};
}

QString OidcTestProvider::writeCaBundle(const QStringList &pemPaths)
{
    QByteArray bundle;
    for (const QString &path : QStringList{caCertificatePath()} + pemPaths) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path);
        if (certificates.isEmpty()) {
            m_error = QStringLiteral("no PEM certificate in ") + path;
            return {};
        }
        for (const QSslCertificate &certificate : certificates)
            bundle += certificate.toPem();
    }
    const QString path = m_dir.filePath(QStringLiteral("ca-bundle.pem"));
    if (!writeFile(path, bundle)) {
        m_error = QStringLiteral("cannot write ") + path;
        return {};
    }
    return path;
}

bool OidcTestProvider::setClockOffset(int seconds)
{
    m_process.write(QJsonDocument(QJsonObject{{QStringLiteral("clock_offset"), seconds}})
                        .toJson(QJsonDocument::Compact) +
                    '\n');
    QByteArray line;
    while (readLine(&line, 10000)) {
        const QJsonValue echoed =
            QJsonDocument::fromJson(line).object().value(QStringLiteral("clock_offset"));
        if (echoed.isDouble() && echoed.toInt() == seconds)
            return true;
    }
    m_error = QStringLiteral("the provider did not confirm the clock offset");
    return false;
}

QByteArray OidcTestProvider::randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(kBase64Url);
}

OidcTestProvider::Pkce OidcTestProvider::makePkce()
{
    Pkce pkce;
    pkce.verifier = randomToken();
    pkce.challenge =
        QCryptographicHash::hash(pkce.verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
    return pkce;
}

QUrl OidcTestProvider::authorizationUrl(const QString &clientId, const QUrl &redirectUri,
                                        const QString &state, const QString &nonce,
                                        const QByteArray &codeChallenge, const QString &scope) const
{
    QUrl url(m_discovery.value(QStringLiteral("authorization_endpoint")).toString());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    query.addQueryItem(QStringLiteral("scope"), scope);
    query.addQueryItem(QStringLiteral("state"), state);
    query.addQueryItem(QStringLiteral("nonce"), nonce);
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(query);
    return url;
}

OidcTestProvider::TokenReply OidcTestProvider::redeem(const QString &clientId, const QString &code,
                                                      const QUrl &redirectUri,
                                                      const QByteArray &codeVerifier)
{
    QNetworkRequest request(QUrl(m_discovery.value(QStringLiteral("token_endpoint")).toString()));
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(30000);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QByteArray body =
        "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code) +
        "&redirect_uri=" + QUrl::toPercentEncoding(redirectUri.toString(QUrl::FullyEncoded)) +
        "&client_id=" + QUrl::toPercentEncoding(clientId) +
        "&code_verifier=" + QUrl::toPercentEncoding(QString::fromLatin1(codeVerifier));
    QNetworkReply *reply = m_network.post(request, body);
    waitFor(reply);
    TokenReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    if (result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

QByteArray OidcTestProvider::signInForIdToken(const QString &clientId, const QUrl &redirectUri,
                                              const QString &nonce, const QString &login,
                                              QString *error, const QString &scope)
{
    const Pkce pkce = makePkce();
    AuthorizationDriver driver(*this);
    const std::optional<QUrl> callback =
        driver.authorize(authorizationUrl(clientId, redirectUri, QString::fromLatin1(randomToken()),
                                          nonce, pkce.challenge, scope),
                         login);
    if (!callback) {
        *error = driver.lastError();
        return {};
    }
    const QString code = QUrlQuery(*callback).queryItemValue(QStringLiteral("code"));
    if (code.isEmpty()) {
        *error = QStringLiteral("no code in ") + callback->toString();
        return {};
    }
    const TokenReply reply = redeem(clientId, code, redirectUri, pkce.verifier);
    if (reply.status != 200 || reply.idToken().isEmpty()) {
        *error =
            QStringLiteral("token endpoint: %1 %2 %3")
                .arg(reply.status)
                .arg(QString::fromUtf8(QJsonDocument(reply.json).toJson()), reply.networkError);
        return {};
    }
    return reply.idToken();
}

} // namespace pd::test
