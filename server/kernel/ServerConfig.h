#pragma once

#include <QDir>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd::server {

struct OidcIssuerConfig {
    QString issuer; // e.g. https://127.0.0.1:4000
    QString clientId;
    QString displayName;
    // What the app asks the provider for (discovery's oidc_issuers[].scopes).
    QStringList scopes{QStringLiteral("openid"), QStringLiteral("email")};
};

// Everything the command line can set. Defaults are the documented ones.
struct ServerConfig {
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8443;
    // The origin clients use when it is not the listener's: behind a reverse
    // proxy, the discovery document and archive links must name the proxy.
    QString publicUrl;
    QString dataDir;
    QString database;         // empty: <dataDir>/privacy-dashboard.sqlite
    QString databasePassword; // PostgreSQL; empty: libpq's PGPASSWORD or ~/.pgpass
    // The server secret; several instances on one database share one file.
    // Empty: server-secret.key in dataDir.
    QString secretFile;
    // Export archives; several instances share one folder (a network mount
    // at the same path on each). Empty: exports/ in dataDir.
    QString archiveDir;
    // Reverse proxies / load balancers whose X-Forwarded-For names the
    // client: "ADDRESS" or "ADDRESS/PREFIX".
    QStringList trustedProxies;
    QString tlsCertificate; // empty: development CA in dataDir
    QString tlsKey;
    QString extraCaCertificates; // trusted for outgoing calls (OIDC JWKS)
    bool demo = false;
    int demoScale = 0; // visits to seed; 0 = the demo's default
    // The schedule extends objections once and denies guardian removals
    // (RequestReview), so that every state of a request can be seen.
    bool demoOutcomes = false;
    int processAfterSeconds = 5;
    int accessTokenSeconds = 900;
    int refreshTokenDays = 30;
    int rateLimitPerMinute = 3000;
    int backupRetentionDays = 30;
    // Shorter than the 3-day statutory deadline for erasure (Discovery),
    // so a deletion can still be cancelled and yet completes in time.
    int deletionGraceDays = 2;
    // How long an export's archive can be downloaded, as often as wanted.
    // Never under 30 days (the command line refuses less): large downloads
    // get lost, and 4 to 14 days was too short to come back to one. A day
    // over 30 by default, so a link is still good on the 30th day after it
    // came, whatever the hour.
    int archiveLifetimeDays = 31;
    // How long a completed deletion's signed receipt stays at the public
    // GET /receipts/{id} (the app fetches it at its next start, which may be
    // months away); then it is removed, like the rest of the account.
    int deletionReceiptDays = 365;
    // The sizes (bytes) an archive can be downloaded in parts of, each part
    // with its own checksum: the choices the app offers. 4 GB stays under
    // FAT32's 4 GiB file limit.
    QList<qint64> archivePartSizes{100'000'000LL, 1'000'000'000LL, 2'000'000'000LL,
                                   4'000'000'000LL};
    // A client has this long for its TLS handshake and for each request's
    // headers; a kept-alive connection may idle for idleTimeoutSeconds.
    int headerTimeoutSeconds = 10;
    int idleTimeoutSeconds = 60;
    // Threads reading list pages on connections of their own; -1: one per
    // core, 0: none (pages are read on the event loop).
    int pageReaders = -1;
    // Event loops answering connections, each with a database connection of
    // its own; -1: one per core.
    int ioThreads = -1;
    qint64 clockOffsetMs = 0;
    QString recordResponses; // test only
    // Test only: password checks wait until this file exists, so a test can
    // hold one mid-check and see the server answer others meanwhile.
    QString holdPasswordChecks;
    // Outgoing mail: a maildir folder, or an smtp:// / smtps:// relay URL
    // (its password from PD_SMTP_PASSWORD).
    // Neither: a maildir in <dataDir>/mail.
    QString mailDir;
    QString smtpUrl;
    QString providerName = QStringLiteral("Qiscus");
    QString supportEmail = QStringLiteral("privacy@qiscus.example");
    QString securityEmail = QStringLiteral("security@qiscus.example");
    QString policyUrl = QStringLiteral("https://www.qiscus.com/privacy-policy");
    QString passwordResetUrl = QStringLiteral("https://www.qiscus.com/reset-password");
    QList<OidcIssuerConfig> oidcIssuers;

    qint64 archiveLifetimeMs() const { return archiveLifetimeDays * 24 * 3600 * 1000LL; }
    qint64 deletionReceiptMs() const { return deletionReceiptDays * 24 * 3600 * 1000LL; }

    QString archiveDirectory() const
    {
        return archiveDir.isEmpty() ? QDir(dataDir).filePath(QStringLiteral("exports"))
                                    : archiveDir;
    }

    // `database`, or the SQLite file in the data folder when it is empty.
    QString databaseLocation() const
    {
        return database.isEmpty()
                   ? QDir(dataDir).filePath(QStringLiteral("privacy-dashboard.sqlite"))
                   : database;
    }
};

} // namespace pd::server
