#include "composition/ServerApp.h"
#include "kernel/ServerConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <QUrl>

#include <csignal>

namespace {

bool parseListen(const QString &text, pd::server::ServerConfig *config)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535 || !config->listenAddress.setAddress(host))
        return false;
    config->port = static_cast<quint16>(port);
    return true;
}

bool parseIssuer(const QString &text, pd::server::ServerConfig *config)
{
    // ISSUER_URL,CLIENT_ID[,DISPLAY NAME]
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() < 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return false;
    config->oidcIssuers.append({parts.at(0), parts.at(1),
                                parts.size() > 2 ? parts.mid(2).join(QLatin1Char(','))
                                                 : QStringLiteral("Single sign-on")});
    return true;
}

// ISSUER_URL,SCOPE[ SCOPE...] for an issuer given with --oidc-issuer.
bool parseScopes(const QString &text, pd::server::ServerConfig *config)
{
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma <= 0)
        return false;
    const QString issuer = text.left(comma);
    const QStringList scopes = text.mid(comma + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // RFC 6749 §3.3 scope-token characters; the app cannot sign in without
    // an ID token, so openid is a must.
    static const QRegularExpression token(QStringLiteral("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"));
    if (!scopes.contains(QLatin1String("openid")))
        return false;
    for (const QString &scope : scopes) {
        if (!token.match(scope).hasMatch())
            return false;
    }
    for (pd::server::OidcIssuerConfig &configured : config->oidcIssuers) {
        if (configured.issuer == issuer) {
            configured.scopes = scopes;
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("privacy-dashboard-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reference backend of the Privacy Dashboard API (docs/api/openapi.yaml), over TLS."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port (port 0 picks a free one)."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption publicUrl(
        QStringLiteral("public-url"),
        QStringLiteral("Origin clients reach the server at, when a reverse proxy is in front "
                       "(e.g. https://privacy.example.com)."),
        QStringLiteral("url"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Folder for the database, certificates and archives."),
        QStringLiteral("dir"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("SQLite file (default: in the data folder) or "
                                               "postgresql://user@host:port/database (TLS with "
                                               "verify-full unless on this machine)."),
                                QStringLiteral("location"));
    const QCommandLineOption dbPasswordFile(
        QStringLiteral("db-password-file"),
        QStringLiteral("File holding the PostgreSQL password (else PGPASSWORD or ~/.pgpass; "
                       "never in the --db URL, which others can read in the process list)."),
        QStringLiteral("file"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"),
                                  QStringLiteral("PEM certificate chain."), QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM private key."),
                                 QStringLiteral("file"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Seed the demo accounts (loopback only; "
                                                 "their credentials are random per data "
                                                 "folder and printed at start-up)."));
    const QCommandLineOption demoScale(
        QStringLiteral("demo-scale"),
        QStringLiteral("Number of visits to seed for the demo account."), QStringLiteral("n"));
    const QCommandLineOption processAfter(
        QStringLiteral("process-after"),
        QStringLiteral("Seconds between the status steps of a request (default 5)."),
        QStringLiteral("seconds"));
    const QCommandLineOption accessTtl(
        QStringLiteral("access-token-ttl"),
        QStringLiteral("Access token lifetime in seconds (default 900)."),
        QStringLiteral("seconds"));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        QStringLiteral("Requests per minute per client address, 0 for none (default 3000)."),
        QStringLiteral("n"));
    const QCommandLineOption retention(
        QStringLiteral("backup-retention-days"),
        QStringLiteral("Days backups keep deleted data (default 30)."), QStringLiteral("days"));
    const QCommandLineOption grace(
        QStringLiteral("deletion-grace-days"),
        QStringLiteral("Days a deletion can be cancelled before it is carried out (default 2)."),
        QStringLiteral("days"));
    const QCommandLineOption issuer(
        QStringLiteral("oidc-issuer"),
        QStringLiteral("Trusted OpenID Provider: ISSUER_URL,CLIENT_ID[,NAME]. Repeatable."),
        QStringLiteral("spec"));
    const QCommandLineOption issuerScopes(
        QStringLiteral("oidc-scopes"),
        QStringLiteral("Scopes the app asks an --oidc-issuer for: ISSUER_URL,SCOPE[ SCOPE...] "
                       "(must include openid; default \"openid email\"). Repeatable."),
        QStringLiteral("spec"));
    const QCommandLineOption extraCa(
        QStringLiteral("trust-ca"),
        QStringLiteral("Extra CA bundle for outgoing HTTPS (OpenID Providers)."),
        QStringLiteral("file"));
    const QCommandLineOption headerTimeout(
        QStringLiteral("header-timeout"),
        QStringLiteral("Seconds a client has for its TLS handshake and for each request's "
                       "headers (default 10)."),
        QStringLiteral("seconds"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds a kept-alive connection may stay silent (default 60)."),
        QStringLiteral("seconds"));
    const QCommandLineOption mailDir(
        QStringLiteral("mail-dir"),
        QStringLiteral("Maildir folder that outgoing mail (confirmation codes, security "
                       "notices) is delivered to (default: mail/ in the data folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption smtpUrl(
        QStringLiteral("smtp-url"),
        QStringLiteral("SMTP relay for outgoing mail: smtps://host:465, or smtp://host:587 "
                       "with STARTTLS (required unless on this machine); a user name may be in "
                       "the URL, the password comes from PD_SMTP_PASSWORD."),
        QStringLiteral("url"));
    const QCommandLineOption developerMode(
        QStringLiteral("developer-mode"),
        QStringLiteral("Allow the testing switches below. Never in production."));
    const QCommandLineOption clockOffset(
        QStringLiteral("clock-offset"),
        QStringLiteral("Testing (needs --developer-mode): shift the server clock by this many "
                       "seconds."),
        QStringLiteral("seconds"));
    const QCommandLineOption record(
        QStringLiteral("record-responses"),
        QStringLiteral("Testing (needs --developer-mode): append every response, tokens "
                       "included, to this JSONL file (created 0600)."),
        QStringLiteral("file"));
    parser.addOptions({listen,       publicUrl, dataDir,       db,          dbPasswordFile,
                       cert,         key,       demo,          demoScale,   processAfter,
                       accessTtl,    rateLimit, retention,     grace,       issuer,
                       issuerScopes, extraCa,   headerTimeout, idleTimeout, developerMode,
                       clockOffset,  record,    mailDir,       smtpUrl});
    parser.process(app);

    QTextStream err(stderr);
    // These switches let a client read tokens and TOTP secrets off the disk
    // or move the clock past every expiry: a release server must not take
    // them by accident.
    if ((parser.isSet(clockOffset) || parser.isSet(record)) && !parser.isSet(developerMode)) {
        err << "--clock-offset and --record-responses are testing switches: they need "
               "--developer-mode and must never be used in production\n";
        return 2;
    }
    pd::server::ServerConfig config;
    if (!parseListen(parser.value(listen), &config)) {
        err << "invalid --listen value\n";
        return 2;
    }
    auto intOption = [&](const QCommandLineOption &option, int *target, int min, int max) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < min || value > max) {
            err << "invalid --" << option.names().constFirst() << " value\n";
            return false;
        }
        *target = value;
        return true;
    };
    int offsetSeconds = 0;
    if (!intOption(demoScale, &config.demoScale, 0, 10000000) ||
        !intOption(processAfter, &config.processAfterSeconds, 0, 86400) ||
        !intOption(accessTtl, &config.accessTokenSeconds, 1, 86400) ||
        !intOption(rateLimit, &config.rateLimitPerMinute, 0, 1000000) ||
        !intOption(retention, &config.backupRetentionDays, 0, 3650) ||
        !intOption(grace, &config.deletionGraceDays, 0, 365) ||
        !intOption(headerTimeout, &config.headerTimeoutSeconds, 1, 3600) ||
        !intOption(idleTimeout, &config.idleTimeoutSeconds, 1, 86400) ||
        !intOption(clockOffset, &offsetSeconds, -100000000, 100000000))
        return 2;
    config.clockOffsetMs = qint64(offsetSeconds) * 1000;
    for (const QString &spec : parser.values(issuer)) {
        if (!parseIssuer(spec, &config)) {
            err << "invalid --oidc-issuer value\n";
            return 2;
        }
    }
    for (const QString &spec : parser.values(issuerScopes)) {
        if (!parseScopes(spec, &config)) {
            err << "invalid --oidc-scopes value: ISSUER_URL,SCOPE[ SCOPE...] for an "
                   "--oidc-issuer, including openid\n";
            return 2;
        }
    }
    if (parser.isSet(publicUrl)) {
        const QUrl url(parser.value(publicUrl), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
            !(url.path().isEmpty() || url.path() == QLatin1String("/")) || url.hasQuery() ||
            url.hasFragment() || !url.userInfo().isEmpty()) {
            err << "invalid --public-url value: an https origin such as "
                   "https://privacy.example.com\n";
            return 2;
        }
        config.publicUrl = url.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
    }
    config.dataDir = parser.value(dataDir);
    config.database = parser.value(db);
    if (!QUrl(config.database).password().isEmpty()) {
        err << "the --db URL must not hold the password (the process list shows it): use "
               "--db-password-file, PGPASSWORD or ~/.pgpass\n";
        return 2;
    }
    if (parser.isSet(dbPasswordFile)) {
        QFile file(parser.value(dbPasswordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "cannot read the --db-password-file\n";
            return 2;
        }
        config.databasePassword = QString::fromUtf8(file.readLine().trimmed());
    }
    config.tlsCertificate = parser.value(cert);
    config.tlsKey = parser.value(key);
    config.extraCaCertificates = parser.value(extraCa);
    config.demo = parser.isSet(demo) || parser.isSet(demoScale);
    config.recordResponses = parser.value(record);
    config.mailDir = parser.value(mailDir);
    config.smtpUrl = parser.value(smtpUrl);
    if (parser.isSet(mailDir) && parser.isSet(smtpUrl)) {
        err << "--mail-dir and --smtp-url exclude each other\n";
        return 2;
    }

    // Stop cleanly on SIGTERM/SIGINT so SQLite checkpoints its WAL.
    for (int signalNumber : {SIGTERM, SIGINT})
        std::signal(signalNumber, [](int) { QCoreApplication::quit(); });

    pd::server::ServerApp server(config);
    QTextStream out(stdout);
    QString error;
    if (!server.start(out, &error)) {
        err << "error: " << error << '\n';
        return 1;
    }
    return app.exec();
}
