// The server's command line (composition/ServerCommandLine): what each
// option sets and every value it refuses, without starting a server.
#include "composition/ServerCommandLine.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pd::server;
using Outcome = ServerCommandLine::Outcome;

namespace {

QStringList line(const QStringList &arguments)
{
    return QStringList{QStringLiteral("privacy-dashboard-server")} + arguments;
}

} // namespace

class TstServerCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noArgumentsGiveTheDocumentedDefaults()
    {
        ServerCommandLine commandLine;
        QCOMPARE(commandLine.parse(line({})), Outcome::Run);
        const ServerConfig &config = commandLine.config();
        QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(config.port, quint16(8443));
        QCOMPARE(config.rateLimitPerMinute, 3000);
        QCOMPARE(config.deletionGraceDays, 2);
        QCOMPARE(config.archiveLifetimeDays, 31); // issue 15: more than 30 days
        QCOMPARE(config.clockOffsetMs, qint64(0));
        QCOMPARE(config.ioThreads, -1); // one per core
        QVERIFY(!config.demo);
        QVERIFY(config.oidcIssuers.isEmpty());
    }

    void optionsSetTheConfig()
    {
        QTemporaryDir dir;
        QFile passwordFile(dir.filePath(QStringLiteral("pw")));
        QVERIFY(passwordFile.open(QIODevice::WriteOnly));
        passwordFile.write(" s3cret \nsecond line\n");
        passwordFile.close();

        ServerCommandLine commandLine;
        QCOMPARE(commandLine.parse(line({
                     QStringLiteral("--listen"),
                     QStringLiteral("[::1]:0"),
                     QStringLiteral("--data-dir"),
                     QStringLiteral("/srv/pd"),
                     QStringLiteral("--db"),
                     QStringLiteral("postgresql://pd@db.example:5432/pd"),
                     QStringLiteral("--db-password-file"),
                     passwordFile.fileName(),
                     QStringLiteral("--demo-scale"),
                     QStringLiteral("1000"),
                     QStringLiteral("--rate-limit"),
                     QStringLiteral("0"),
                     QStringLiteral("--public-url"),
                     QStringLiteral("https://privacy.example.com/"),
                     QStringLiteral("--smtp-url"),
                     QStringLiteral("smtps://mail.example:465"),
                     QStringLiteral("--secret-file"),
                     QStringLiteral("/run/credentials/pd/server-secret"),
                     QStringLiteral("--archive-dir"),
                     QStringLiteral("/srv/shared/archives"),
                     QStringLiteral("--trusted-proxy"),
                     QStringLiteral("10.0.0.5"),
                     QStringLiteral("--trusted-proxy"),
                     QStringLiteral("fd00::/64"),
                     QStringLiteral("--io-threads"),
                     QStringLiteral("3"),
                 })),
                 Outcome::Run);
        const ServerConfig &config = commandLine.config();
        QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(config.port, quint16(0));
        QCOMPARE(config.dataDir, QStringLiteral("/srv/pd"));
        QCOMPARE(config.database, QStringLiteral("postgresql://pd@db.example:5432/pd"));
        QCOMPARE(config.databasePassword, QStringLiteral("s3cret"));
        QCOMPARE(config.demoScale, 1000);
        QVERIFY(config.demo); // a scale implies the demo
        QCOMPARE(config.rateLimitPerMinute, 0);
        QCOMPARE(config.publicUrl, QStringLiteral("https://privacy.example.com"));
        QCOMPARE(config.smtpUrl, QStringLiteral("smtps://mail.example:465"));
        QCOMPARE(config.secretFile, QStringLiteral("/run/credentials/pd/server-secret"));
        QCOMPARE(config.archiveDirectory(), QStringLiteral("/srv/shared/archives"));
        QCOMPARE(config.trustedProxies,
                 (QStringList{QStringLiteral("10.0.0.5"), QStringLiteral("fd00::/64")}));
        QCOMPARE(config.ioThreads, 3);
    }

    void testingSwitchesNeedDeveloperMode()
    {
        ServerCommandLine commandLine;
        QCOMPARE(commandLine.parse(line({QStringLiteral("--clock-offset"), QStringLiteral("60")})),
                 Outcome::Invalid);
        QVERIFY2(commandLine.error().contains(QLatin1String("need --developer-mode")),
                 qPrintable(commandLine.error()));
        QCOMPARE(commandLine.parse(
                     line({QStringLiteral("--record-responses"), QStringLiteral("r.jsonl")})),
                 Outcome::Invalid);

        QCOMPARE(commandLine.parse(
                     line({QStringLiteral("--developer-mode"), QStringLiteral("--clock-offset"),
                           QStringLiteral("-60"), QStringLiteral("--record-responses"),
                           QStringLiteral("r.jsonl")})),
                 Outcome::Run);
        QCOMPARE(commandLine.config().clockOffsetMs, qint64(-60000));
        QCOMPARE(commandLine.config().recordResponses, QStringLiteral("r.jsonl"));

        // Parts of a few bytes only serve tests; a server offers the sizes
        // a user picks from (issue 15).
        QCOMPARE(commandLine.parse(
                     line({QStringLiteral("--archive-part-sizes"), QStringLiteral("4096")})),
                 Outcome::Invalid);
        QCOMPARE(commandLine.parse(line({})), Outcome::Run);
        QCOMPARE(commandLine.config().archivePartSizes,
                 (QList<qint64>{100000000, 1000000000, 2000000000, 4000000000}));
        QCOMPARE(commandLine.parse(
                     line({QStringLiteral("--developer-mode"),
                           QStringLiteral("--archive-part-sizes"), QStringLiteral("4096, 10000")})),
                 Outcome::Run);
        QCOMPARE(commandLine.config().archivePartSizes, (QList<qint64>{4096, 10000}));
        QCOMPARE(commandLine.parse(
                     line({QStringLiteral("--developer-mode"),
                           QStringLiteral("--archive-part-sizes"), QStringLiteral("4096,0")})),
                 Outcome::Invalid);
    }

    void refusedValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        const auto row = [](const char *name, const QStringList &arguments, const char *error) {
            QTest::newRow(name) << arguments << QString::fromUtf8(error);
        };
        row("listen without port", {QStringLiteral("--listen"), QStringLiteral("127.0.0.1")},
            "invalid --listen value");
        row("listen without host", {QStringLiteral("--listen"), QStringLiteral(":8443")},
            "invalid --listen value");
        row("listen port too large",
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:65536")},
            "invalid --listen value");
        row("listen host name", {QStringLiteral("--listen"), QStringLiteral("localhost:1")},
            "invalid --listen value");
        row("ttl zero", {QStringLiteral("--access-token-ttl"), QStringLiteral("0")},
            "invalid --access-token-ttl value");
        row("grace not a number", {QStringLiteral("--deletion-grace-days"), QStringLiteral("two")},
            "invalid --deletion-grace-days value");
        row("archive link under 30 days",
            {QStringLiteral("--archive-lifetime-days"), QStringLiteral("29")},
            "invalid --archive-lifetime-days value");
        row("deletion receipt under 30 days",
            {QStringLiteral("--deletion-receipt-days"), QStringLiteral("7")},
            "invalid --deletion-receipt-days value");
        row("no event loop", {QStringLiteral("--io-threads"), QStringLiteral("0")},
            "invalid --io-threads value");
        row("idle timeout too long", {QStringLiteral("--idle-timeout"), QStringLiteral("86401")},
            "invalid --idle-timeout value");
        row("clock offset not a number",
            {QStringLiteral("--developer-mode"), QStringLiteral("--clock-offset"),
             QStringLiteral("soon")},
            "invalid --clock-offset value");
        row("issuer without client", {QStringLiteral("--oidc-issuer"), QStringLiteral("https://i")},
            "invalid --oidc-issuer value");
        row("scopes without openid",
            {QStringLiteral("--oidc-issuer"), QStringLiteral("https://i,app"),
             QStringLiteral("--oidc-scopes"), QStringLiteral("https://i,email")},
            "invalid --oidc-scopes value");
        row("scopes of an unknown issuer",
            {QStringLiteral("--oidc-scopes"), QStringLiteral("https://i,openid")},
            "invalid --oidc-scopes value");
        row("scope with a quote",
            {QStringLiteral("--oidc-issuer"), QStringLiteral("https://i,app"),
             QStringLiteral("--oidc-scopes"), QStringLiteral("https://i,openid a\"b")},
            "invalid --oidc-scopes value");
        row("public url over http",
            {QStringLiteral("--public-url"), QStringLiteral("http://privacy.example.com")},
            "invalid --public-url value");
        row("public url with a path",
            {QStringLiteral("--public-url"), QStringLiteral("https://privacy.example.com/api")},
            "invalid --public-url value");
        row("public url with user",
            {QStringLiteral("--public-url"), QStringLiteral("https://u@privacy.example.com")},
            "invalid --public-url value");
        row("trusted proxy by name",
            {QStringLiteral("--trusted-proxy"), QStringLiteral("proxy.example")},
            "invalid --trusted-proxy value");
        row("missing password file",
            {QStringLiteral("--db-password-file"), QStringLiteral("/nonexistent/pd-password")},
            "cannot read the --db-password-file");
        row("maildir and smtp",
            {QStringLiteral("--mail-dir"), QStringLiteral("/tmp/m"), QStringLiteral("--smtp-url"),
             QStringLiteral("smtp://127.0.0.1:25")},
            "--mail-dir and --smtp-url exclude each other");
        row("unknown option", {QStringLiteral("--no-such-option")}, "no-such-option");
        row("value missing", {QStringLiteral("--data-dir")}, "data-dir");
    }

    void refusedValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        ServerCommandLine commandLine;
        QCOMPARE(commandLine.parse(line(arguments)), Outcome::Invalid);
        QVERIFY2(commandLine.error().contains(error), qPrintable(commandLine.error()));
        QVERIFY(!commandLine.error().contains(QLatin1Char('\n')));
    }

    void databasePasswordIsNotEchoed()
    {
        ServerCommandLine commandLine;
        QCOMPARE(commandLine.parse(line({QStringLiteral("--db"),
                                         QStringLiteral("postgresql://pd:secret@127.0.0.1/pd")})),
                 Outcome::Invalid);
        QVERIFY(commandLine.error().contains(QLatin1String("must not hold the password")));
        QVERIFY(!commandLine.error().contains(QLatin1String("secret")));
    }

    void issuersTakeNamesWithCommasAndScopesInAnyOrder()
    {
        ServerCommandLine commandLine;
        QCOMPARE(commandLine.parse(line({
                     QStringLiteral("--oidc-scopes"),
                     QStringLiteral("https://b,openid  profile"),
                     QStringLiteral("--oidc-issuer"),
                     QStringLiteral("https://a,app-a,Acme, Inc."),
                     QStringLiteral("--oidc-issuer"),
                     QStringLiteral("https://b,app-b"),
                 })),
                 Outcome::Run);
        const QList<OidcIssuerConfig> issuers = commandLine.config().oidcIssuers;
        QCOMPARE(issuers.size(), 2);
        QCOMPARE(issuers.at(0).issuer, QStringLiteral("https://a"));
        QCOMPARE(issuers.at(0).clientId, QStringLiteral("app-a"));
        QCOMPARE(issuers.at(0).displayName, QStringLiteral("Acme, Inc."));
        QCOMPARE(issuers.at(0).scopes,
                 (QStringList{QStringLiteral("openid"), QStringLiteral("email")}));
        QCOMPARE(issuers.at(1).displayName, QStringLiteral("Single sign-on"));
        QCOMPARE(issuers.at(1).scopes,
                 (QStringList{QStringLiteral("openid"), QStringLiteral("profile")}));
    }

    void helpAndVersionDoNotRun()
    {
        ServerCommandLine commandLine;
        QCOMPARE(commandLine.parse(line({QStringLiteral("--help")})), Outcome::Help);
        QVERIFY(commandLine.helpText().contains(QLatin1String("--deletion-grace-days <days>")));
        QCOMPARE(commandLine.parse(line({QStringLiteral("--help-all")})), Outcome::Help);
        QCOMPARE(commandLine.parse(line({QStringLiteral("--version")})), Outcome::Version);
    }

    void aSecondParseStartsAfresh()
    {
        ServerCommandLine commandLine;
        QCOMPARE(commandLine.parse(line({QStringLiteral("--demo")})), Outcome::Run);
        QVERIFY(commandLine.config().demo);
        QCOMPARE(commandLine.parse(line({QStringLiteral("--listen"), QStringLiteral("x")})),
                 Outcome::Invalid);
        QCOMPARE(commandLine.parse(line({})), Outcome::Run);
        QVERIFY(!commandLine.config().demo);
        QVERIFY(commandLine.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstServerCommandLine)
#include "tst_server_command_line.moc"
