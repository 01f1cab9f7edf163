#include "ServerCommandLine.h"

#include "http/ForwardedFor.h"

#include <QFile>
#include <QRegularExpression>
#include <QUrl>

namespace pd::server {

namespace {

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("listen"), QStringLiteral("Address and port (port 0 picks a free one)."),
         QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8443")},
        {QStringLiteral("public-url"),
         QStringLiteral("Origin clients reach the server at, when a reverse proxy is in front "
                        "(e.g. https://privacy.example.com)."),
         QStringLiteral("url")},
        {QStringLiteral("data-dir"),
         QStringLiteral("Folder for the database, certificates and archives."),
         QStringLiteral("dir")},
        {QStringLiteral("db"),
         QStringLiteral("SQLite file (default: in the data folder) or "
                        "postgresql://user@host:port/database (TLS with verify-full unless on "
                        "this machine)."),
         QStringLiteral("location")},
        {QStringLiteral("db-password-file"),
         QStringLiteral("File holding the PostgreSQL password (else PGPASSWORD or ~/.pgpass; "
                        "never in the --db URL, which others can read in the process list)."),
         QStringLiteral("file")},
        {QStringLiteral("secret-file"),
         QStringLiteral("File holding the server secret (made on first start if missing; "
                        "default: server-secret.key in the data folder). Every server process "
                        "on one database needs the same one."),
         QStringLiteral("file")},
        {QStringLiteral("archive-dir"),
         QStringLiteral("Folder for export archives (default: exports/ in the data folder). "
                        "Several server processes on one database share one, mounted at the "
                        "same path on each."),
         QStringLiteral("dir")},
        {QStringLiteral("trusted-proxy"),
         QStringLiteral("Address or ADDRESS/PREFIX of a reverse proxy or load balancer whose "
                        "X-Forwarded-For header names the client (for rate limits, sign-in "
                        "throttling and the sessions list). Repeatable."),
         QStringLiteral("address")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate chain."),
         QStringLiteral("file")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key."), QStringLiteral("file")},
        {QStringLiteral("demo"),
         QStringLiteral("Seed the demo accounts (loopback only; their credentials are random per "
                        "data folder and printed at start-up).")},
        {QStringLiteral("demo-scale"),
         QStringLiteral("Number of visits to seed for the demo account."), QStringLiteral("n")},
        {QStringLiteral("demo-outcomes"),
         QStringLiteral("Let the request schedule extend objections once and deny guardian "
                        "removals, so that every state of a request can be seen.")},
        {QStringLiteral("process-after"),
         QStringLiteral("Seconds between the status steps of a request (default 5)."),
         QStringLiteral("seconds")},
        {QStringLiteral("access-token-ttl"),
         QStringLiteral("Access token lifetime in seconds (default 900)."),
         QStringLiteral("seconds")},
        {QStringLiteral("rate-limit"),
         QStringLiteral("Requests per minute per client address, 0 for none (default 3000)."),
         QStringLiteral("n")},
        {QStringLiteral("backup-retention-days"),
         QStringLiteral("Days backups keep deleted data (default 30)."), QStringLiteral("days")},
        {QStringLiteral("deletion-grace-days"),
         QStringLiteral("Days a deletion can be cancelled before it is carried out (default 2)."),
         QStringLiteral("days")},
        {QStringLiteral("archive-lifetime-days"),
         QStringLiteral("Days an export's archive can be downloaded, at least 30 (default 31)."),
         QStringLiteral("days")},
        {QStringLiteral("deletion-receipt-days"),
         QStringLiteral("Days a completed deletion's signed receipt can be fetched, at least 30 "
                        "(default 365)."),
         QStringLiteral("days")},
        {QStringLiteral("oidc-issuer"),
         QStringLiteral("Trusted OpenID Provider: ISSUER_URL,CLIENT_ID[,NAME]. Repeatable."),
         QStringLiteral("spec")},
        {QStringLiteral("oidc-scopes"),
         QStringLiteral("Scopes the app asks an --oidc-issuer for: ISSUER_URL,SCOPE[ SCOPE...] "
                        "(must include openid; default \"openid email\"). Repeatable."),
         QStringLiteral("spec")},
        {QStringLiteral("trust-ca"),
         QStringLiteral("Extra CA bundle for outgoing HTTPS (OpenID Providers)."),
         QStringLiteral("file")},
        {QStringLiteral("header-timeout"),
         QStringLiteral("Seconds a client has for its TLS handshake and for each request's "
                        "headers (default 10)."),
         QStringLiteral("seconds")},
        {QStringLiteral("idle-timeout"),
         QStringLiteral("Seconds a kept-alive connection may stay silent (default 60)."),
         QStringLiteral("seconds")},
        {QStringLiteral("page-readers"),
         QStringLiteral("Threads that read list pages, each with a database connection of its "
                        "own (default: one per core; 0: on the event loop)."),
         QStringLiteral("n")},
        {QStringLiteral("io-threads"),
         QStringLiteral("Event loops that accept and answer connections, each with a database "
                        "connection of its own (default: one per core)."),
         QStringLiteral("n")},
        {QStringLiteral("developer-mode"),
         QStringLiteral("Allow the testing switches below. Never in production.")},
        {QStringLiteral("clock-offset"),
         QStringLiteral("Testing (needs --developer-mode): shift the server clock by this many "
                        "seconds."),
         QStringLiteral("seconds")},
        {QStringLiteral("record-responses"),
         QStringLiteral("Testing (needs --developer-mode): append every response, tokens "
                        "included, to this JSONL file (created 0600)."),
         QStringLiteral("file")},
        {QStringLiteral("archive-part-sizes"),
         QStringLiteral("Testing (needs --developer-mode): the sizes export archives are split "
                        "into, in bytes, comma-separated (default 100 MB, 1 GB, 2 GB, 4 GB)."),
         QStringLiteral("bytes,...")},
        {QStringLiteral("hold-password-checks"),
         QStringLiteral("Testing (needs --developer-mode): each password check waits until "
                        "this file exists."),
         QStringLiteral("file")},
        {QStringLiteral("mail-dir"),
         QStringLiteral("Maildir folder that outgoing mail (confirmation codes, security "
                        "notices) is delivered to (default: mail/ in the data folder)."),
         QStringLiteral("dir")},
        {QStringLiteral("smtp-url"),
         QStringLiteral("SMTP relay for outgoing mail: smtps://host:465, or smtp://host:587 "
                        "with STARTTLS (required unless on this machine); a user name may be in "
                        "the URL, the password comes from PD_SMTP_PASSWORD."),
         QStringLiteral("url")},
    };
}

struct IntegerOption {
    QLatin1String name;
    int ServerConfig::*target;
    int min;
    int max;
};

const IntegerOption kIntegerOptions[] = {
    {QLatin1String("demo-scale"), &ServerConfig::demoScale, 0, 10000000},
    {QLatin1String("process-after"), &ServerConfig::processAfterSeconds, 0, 86400},
    {QLatin1String("access-token-ttl"), &ServerConfig::accessTokenSeconds, 1, 86400},
    {QLatin1String("rate-limit"), &ServerConfig::rateLimitPerMinute, 0, 1000000},
    {QLatin1String("backup-retention-days"), &ServerConfig::backupRetentionDays, 0, 3650},
    {QLatin1String("deletion-grace-days"), &ServerConfig::deletionGraceDays, 0, 365},
    {QLatin1String("archive-lifetime-days"), &ServerConfig::archiveLifetimeDays, 30, 3650},
    {QLatin1String("deletion-receipt-days"), &ServerConfig::deletionReceiptDays, 30, 3650},
    {QLatin1String("header-timeout"), &ServerConfig::headerTimeoutSeconds, 1, 3600},
    {QLatin1String("idle-timeout"), &ServerConfig::idleTimeoutSeconds, 1, 86400},
    {QLatin1String("page-readers"), &ServerConfig::pageReaders, 0, 64},
    {QLatin1String("io-threads"), &ServerConfig::ioThreads, 1, 64},
};

bool readInteger(const QCommandLineParser &parser, QLatin1String name, int min, int max,
                 int *target)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        return false;
    *target = value;
    return true;
}

bool parseIssuer(const QString &text, ServerConfig *config)
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
bool parseScopes(const QString &text, ServerConfig *config)
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
    for (OidcIssuerConfig &configured : config->oidcIssuers) {
        if (configured.issuer == issuer) {
            configured.scopes = scopes;
            return true;
        }
    }
    return false;
}

} // namespace

ServerCommandLine::ServerCommandLine()
{
    m_parser.setApplicationDescription(QStringLiteral(
        "Reference backend of the Privacy Dashboard API (docs/api/openapi.yaml), over TLS."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions(options());
}

ServerCommandLine::Outcome ServerCommandLine::parse(const QStringList &arguments)
{
    m_config = ServerConfig();
    m_error.clear();
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Outcome::Invalid;
    }
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all")))
        return Outcome::Help;
    if (m_parser.isSet(QStringLiteral("version")))
        return Outcome::Version;
    return readConfig() ? Outcome::Run : Outcome::Invalid;
}

bool ServerCommandLine::readConfig()
{
    // These switches let a client read tokens and TOTP secrets off the disk
    // or move the clock past every expiry: a release server must not take
    // them by accident.
    if ((m_parser.isSet(QStringLiteral("clock-offset")) ||
         m_parser.isSet(QStringLiteral("record-responses")) ||
         m_parser.isSet(QStringLiteral("archive-part-sizes")) ||
         m_parser.isSet(QStringLiteral("hold-password-checks"))) &&
        !m_parser.isSet(QStringLiteral("developer-mode"))) {
        return fail(QStringLiteral(
            "--clock-offset, --record-responses, --archive-part-sizes and "
            "--hold-password-checks are testing switches: they need --developer-mode and must "
            "never be used in production"));
    }
    if (!readListen() || !readIntegers() || !readIssuers() || !readPublicUrl() || !readDatabase())
        return false;
    m_config.dataDir = m_parser.value(QStringLiteral("data-dir"));
    m_config.trustedProxies = m_parser.values(QStringLiteral("trusted-proxy"));
    for (const QString &proxy : std::as_const(m_config.trustedProxies)) {
        ForwardedFor::Subnet subnet;
        if (!ForwardedFor::parseSubnet(proxy, &subnet))
            return fail(QStringLiteral("invalid --trusted-proxy value: an address or "
                                       "ADDRESS/PREFIX such as 10.0.0.0/24"));
    }
    m_config.secretFile = m_parser.value(QStringLiteral("secret-file"));
    m_config.archiveDir = m_parser.value(QStringLiteral("archive-dir"));
    m_config.tlsCertificate = m_parser.value(QStringLiteral("tls-cert"));
    m_config.tlsKey = m_parser.value(QStringLiteral("tls-key"));
    m_config.extraCaCertificates = m_parser.value(QStringLiteral("trust-ca"));
    m_config.demo =
        m_parser.isSet(QStringLiteral("demo")) || m_parser.isSet(QStringLiteral("demo-scale"));
    m_config.demoOutcomes = m_parser.isSet(QStringLiteral("demo-outcomes"));
    m_config.recordResponses = m_parser.value(QStringLiteral("record-responses"));
    m_config.holdPasswordChecks = m_parser.value(QStringLiteral("hold-password-checks"));
    m_config.mailDir = m_parser.value(QStringLiteral("mail-dir"));
    m_config.smtpUrl = m_parser.value(QStringLiteral("smtp-url"));
    if (m_parser.isSet(QStringLiteral("mail-dir")) && m_parser.isSet(QStringLiteral("smtp-url")))
        return fail(QStringLiteral("--mail-dir and --smtp-url exclude each other"));
    return true;
}

bool ServerCommandLine::readListen()
{
    const QString text = m_parser.value(QStringLiteral("listen"));
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (colon <= 0 || !ok || port < 0 || port > 65535 || !m_config.listenAddress.setAddress(host))
        return fail(QStringLiteral("invalid --listen value"));
    m_config.port = static_cast<quint16>(port);
    return true;
}

bool ServerCommandLine::readIntegers()
{
    for (const IntegerOption &option : kIntegerOptions) {
        if (!readInteger(m_parser, option.name, option.min, option.max, &(m_config.*option.target)))
            return fail(QStringLiteral("invalid --%1 value").arg(option.name));
    }
    int offsetSeconds = 0;
    if (!readInteger(m_parser, QLatin1String("clock-offset"), -100000000, 100000000,
                     &offsetSeconds))
        return fail(QStringLiteral("invalid --clock-offset value"));
    m_config.clockOffsetMs = qint64(offsetSeconds) * 1000;
    if (m_parser.isSet(QStringLiteral("archive-part-sizes"))) {
        m_config.archivePartSizes.clear();
        const QStringList sizes =
            m_parser.value(QStringLiteral("archive-part-sizes")).split(QLatin1Char(','));
        for (const QString &text : sizes) {
            bool ok = false;
            const qint64 size = text.trimmed().toLongLong(&ok);
            if (!ok || size < 1 || m_config.archivePartSizes.contains(size))
                return fail(QStringLiteral("invalid --archive-part-sizes value"));
            m_config.archivePartSizes.append(size);
        }
    }
    return true;
}

bool ServerCommandLine::readIssuers()
{
    for (const QString &spec : m_parser.values(QStringLiteral("oidc-issuer"))) {
        if (!parseIssuer(spec, &m_config))
            return fail(QStringLiteral("invalid --oidc-issuer value"));
    }
    // After every issuer, so the order of the two options does not matter.
    for (const QString &spec : m_parser.values(QStringLiteral("oidc-scopes"))) {
        if (!parseScopes(spec, &m_config)) {
            return fail(QStringLiteral("invalid --oidc-scopes value: ISSUER_URL,SCOPE[ SCOPE...] "
                                       "for an --oidc-issuer, including openid"));
        }
    }
    return true;
}

bool ServerCommandLine::readPublicUrl()
{
    if (!m_parser.isSet(QStringLiteral("public-url")))
        return true;
    const QUrl url(m_parser.value(QStringLiteral("public-url")), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
        !(url.path().isEmpty() || url.path() == QLatin1String("/")) || url.hasQuery() ||
        url.hasFragment() || !url.userInfo().isEmpty()) {
        return fail(QStringLiteral("invalid --public-url value: an https origin such as "
                                   "https://privacy.example.com"));
    }
    m_config.publicUrl = url.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
    return true;
}

bool ServerCommandLine::readDatabase()
{
    m_config.database = m_parser.value(QStringLiteral("db"));
    if (!QUrl(m_config.database).password().isEmpty()) {
        return fail(QStringLiteral("the --db URL must not hold the password (the process list "
                                   "shows it): use --db-password-file, PGPASSWORD or ~/.pgpass"));
    }
    if (m_parser.isSet(QStringLiteral("db-password-file"))) {
        QFile file(m_parser.value(QStringLiteral("db-password-file")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the --db-password-file"));
        m_config.databasePassword = QString::fromUtf8(file.readLine().trimmed());
    }
    return true;
}

bool ServerCommandLine::fail(const QString &error)
{
    m_error = error;
    return false;
}

} // namespace pd::server
