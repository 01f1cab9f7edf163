#include "ServerApp.h"

#include "IoLoop.h"
#include "auth/PasswordChecks.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/PageReaders.h"
#include "demo/DemoSeeder.h"
#include "http/ForwardedFor.h"
#include "http/RateLimiter.h"
#include "http/ResponseRecorder.h"
#include "kernel/Clock.h"
#include "kernel/ReceiptKey.h"
#include "kernel/SharedSecret.h"
#include "mail/MaildirMailSink.h"
#include "mail/SmtpMailSink.h"
#include "requests/RequestsModule.h"
#include "tls/DevCertificateAuthority.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTextStream>
#include <QThread>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace pd::server {

ServerApp::ServerApp(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

ServerApp::~ServerApp() = default;

bool ServerApp::start(QTextStream &out, QString *error)
{
    if (m_config.dataDir.isEmpty()) {
        *error = QStringLiteral("--data-dir is required");
        return false;
    }
    // The demo's accounts are for trying the app on this computer: their
    // credentials go to stdout and sit in the data folder, so the demo never
    // faces a network.
    if (m_config.demo && !m_config.listenAddress.isLoopback()) {
        *error = QStringLiteral("--demo listens only on a loopback address (127.0.0.1 or ::1), "
                                "not on %1")
                     .arg(m_config.listenAddress.toString());
        return false;
    }
    if (!QDir().mkpath(m_config.dataDir)) {
        *error = QStringLiteral("cannot create the data folder ") + m_config.dataDir;
        return false;
    }
    QFile::setPermissions(m_config.dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_clock = std::make_unique<SystemClock>(m_config.clockOffsetMs);
    m_db = Database::open(m_config.databaseLocation(), error, m_config.databasePassword);
    if (!m_db)
        return false;

    QList<DemoSeeder::Account> demoAccounts;
    QByteArray secret;
    try {
        // Server processes starting together on one PostgreSQL database take
        // turns: the first migrates, seeds and records the secret's
        // fingerprint; the others find it done (and a secret file made by the
        // first on a shared folder).
        const Migrations::StartupLock startup(*m_db);
        Migrations::apply(*m_db);
        DemoSeeder::seedDeployment(*m_db, *m_clock);
        secret = SharedSecret::load(m_config, error);
        if (secret.isEmpty() || !SharedSecret::matchesDatabase(*m_db, secret, error))
            return false;
        m_receiptKey = ReceiptKey::loadOrCreate(*m_db, secret, error);
        if (!m_receiptKey)
            return false;
        if (m_config.demo) {
            if (DemoSeeder::hasOtherAccounts(*m_db)) {
                *error = QStringLiteral("--demo refuses a database that holds accounts other "
                                        "than the demo's: use a fresh data folder or database");
                return false;
            }
            const std::optional<DemoCredentials> credentials =
                DemoCredentials::loadOrCreate(m_config.dataDir, error);
            if (!credentials)
                return false;
            demoAccounts = DemoSeeder::seedDemo(*m_db, *m_clock, m_config.demoScale, *credentials);
        }
    } catch (const DatabaseError &e) {
        *error = QStringLiteral("database setup failed: ") + QString::fromUtf8(e.what());
        return false;
    }

    QString certificatePath = m_config.tlsCertificate;
    QString keyPath = m_config.tlsKey;
    QString caPath;
    if (certificatePath.isEmpty() != keyPath.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return false;
    }
    if (certificatePath.isEmpty()) {
        DevCertificateAuthority::Paths paths;
        if (!DevCertificateAuthority::ensure(m_config.dataDir, &paths, error))
            return false;
        certificatePath = paths.serverCertificate;
        keyPath = paths.serverKey;
        caPath = paths.caCertificate;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath);
    QFile keyFile(keyPath);
    if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate or key");
        return false;
    }
    QSslKey key(&keyFile, QSsl::Ec);
    if (key.isNull()) {
        keyFile.seek(0);
        key = QSslKey(&keyFile, QSsl::Rsa);
    }
    if (key.isNull()) {
        *error = QStringLiteral("cannot parse the TLS private key");
        return false;
    }

    // No relay configured: mail lands in a maildir the operator (or the
    // demo's user, or a test) reads.
    QString mailDir;
    if (!m_config.smtpUrl.isEmpty()) {
        const QUrl relay(m_config.smtpUrl, QUrl::StrictMode);
        if (!SmtpMailSink::isValidRelay(relay, error)) {
            *error = QStringLiteral("--smtp-url: ") + *error;
            return false;
        }
        m_mail = std::make_unique<SmtpMailSink>(relay, m_config.extraCaCertificates,
                                                qEnvironmentVariable("PD_SMTP_PASSWORD"));
    } else {
        mailDir = m_config.mailDir.isEmpty()
                      ? QDir(m_config.dataDir).filePath(QStringLiteral("mail"))
                      : m_config.mailDir;
        auto maildir = std::make_unique<MaildirMailSink>(mailDir, *m_clock);
        if (!maildir->prepare(error))
            return false;
        m_mail = std::move(maildir);
    }
    if (m_config.pageReaders != 0) {
        m_pageReaders = std::make_unique<PageReaders>(
            m_config.databaseLocation(), m_config.databasePassword, qMax(0, m_config.pageReaders));
    }
    m_passwordChecks = std::make_unique<PasswordChecks>(m_config.holdPasswordChecks);
    // A SQLite database serves one process, which counts in memory, once
    // for all its loops; on PostgreSQL each loop counts in the database.
    if (m_config.rateLimitPerMinute > 0 && !m_db->isPostgres())
        m_rateLimiter = std::make_unique<RateLimiter>(*m_clock, m_config.rateLimitPerMinute);
    if (!m_config.recordResponses.isEmpty())
        m_recorder = std::make_unique<ResponseRecorder>(m_config.recordResponses);
    if (!m_config.trustedProxies.isEmpty()) {
        QList<ForwardedFor::Subnet> proxies;
        for (const QString &proxy : std::as_const(m_config.trustedProxies)) {
            ForwardedFor::Subnet subnet;
            if (ForwardedFor::parseSubnet(proxy, &subnet)) // checked by the command line
                proxies.append(subnet);
        }
        m_forwardedFor = std::make_unique<ForwardedFor>(proxies);
    }

    m_listener = std::make_unique<QTcpServer>();
    // Qt's default of 50 overflows in a burst of connects; the kernel then
    // drops SYNs and well-behaved clients wait a second to retry.
    m_listener->setListenBacklogSize(1024);
    if (!m_listener->listen(m_config.listenAddress, m_config.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_config.listenAddress.toString())
                     .arg(m_config.port)
                     .arg(m_listener->errorString());
        return false;
    }
    // The loops accept, each from a copy of the socket; this thread never.
    m_listener->pauseAccepting();
    const quint16 port = m_listener->serverPort();
    QString host = m_config.listenAddress.toString();
    if (m_config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const QString origin = QStringLiteral("https://%1:%2").arg(host).arg(port);
    QString publicOrigin = m_config.publicUrl.isEmpty() ? origin : m_config.publicUrl;
    while (publicOrigin.endsWith(QLatin1Char('/')))
        publicOrigin.chop(1);

    m_context = std::unique_ptr<ServerContext>(new ServerContext{
        *m_db, *m_clock, m_config, publicOrigin + QStringLiteral("/api/v1"), secret, m_mail.get(),
        m_pageReaders.get(), m_passwordChecks.get(), m_receiptKey.get()});

    m_shared.clock = m_clock.get();
    m_shared.config = &m_config;
    m_shared.secret = secret;
    m_shared.apiBaseUrl = m_context->apiBaseUrl;
    m_shared.mail = m_mail.get();
    m_shared.pageReaders = m_pageReaders.get();
    m_shared.passwordChecks = m_passwordChecks.get();
    m_shared.receiptKey = m_receiptKey.get();
    m_shared.rateLimiter = m_rateLimiter.get();
    m_shared.recorder = m_recorder.get();
    m_shared.forwardedFor = m_forwardedFor.get();
    m_shared.tls = QSslConfiguration::defaultConfiguration();
    m_shared.tls.setLocalCertificateChain(chain);
    m_shared.tls.setPrivateKey(key);
    m_shared.tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_shared.tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    m_shared.limits.handshakeTimeoutMs = m_config.headerTimeoutSeconds * 1000;
    m_shared.connectionLimits.headerTimeoutMs = m_config.headerTimeoutSeconds * 1000;
    m_shared.connectionLimits.idleTimeoutMs = m_config.idleTimeoutSeconds * 1000;
    m_shared.load = std::make_shared<TlsServer::Load>();
    if (!startLoops(error))
        return false;

    // One request schedule per process, on this thread's connection.
    m_requests = std::make_unique<RequestsModule>(*m_context);
    m_requests->start();

    out << "listening: " << origin << '\n';
    if (!caPath.isEmpty())
        out << "ca-certificate: " << QDir(caPath).absolutePath() << '\n';
    if (!mailDir.isEmpty())
        out << "mail-dir: " << QDir(mailDir).absolutePath() << '\n';
    for (const DemoSeeder::Account &account : demoAccounts) {
        out << "demo-account: email=" << account.email << " password=" << account.password
            << " totp-secret=" << account.totpSecret << '\n';
    }
    out.flush();
    return true;
}

bool ServerApp::startLoops(QString *error)
{
    const int count =
        m_config.ioThreads > 0 ? m_config.ioThreads : qMax(1, QThread::idealThreadCount());
    for (int index = 0; index < count; ++index) {
        const int copy = ::dup(static_cast<int>(m_listener->socketDescriptor()));
        if (copy < 0) {
            *error = QStringLiteral("cannot share the listening socket: ") +
                     QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        auto loop = std::make_unique<IoLoop>(index);
        const bool started = loop->start(m_shared, copy, error);
        m_loops.push_back(std::move(loop));
        if (!started)
            return false;
    }
    return true;
}

QObject *ServerApp::ioLoopContext(int index) const
{
    return m_loops.at(std::size_t(index))->context();
}

} // namespace pd::server
