// The refresh token grace window (issue 10, item 11) on its own, with the
// time passed in: a retry within 30 s gets the same pair, a later one is a
// reuse that ends the session.
#include "auth/ClientInfo.h"
#include "auth/SessionStore.h"
#include "auth/TokenService.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "kernel/ServerConfig.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd::server;

class TstRefreshGrace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ServerConfig m_config;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<TokenService> m_tokens;
    const qint64 m_start = 1'800'000'000'000;
    const QString m_client = QStringLiteral("192.0.2.7");
    int m_run = 0;

    TokenSet signIn()
    {
        const QString session =
            m_sessions->create(QStringLiteral("a-1"),
                               ClientInfo{m_client, QStringLiteral("Test/1.0"),
                                          QStringLiteral("Test"), QStringLiteral("Local network")},
                               QStringLiteral("password"), m_start);
        return m_tokens->issue(session, m_start);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_tokens.reset();
        m_sessions.reset();
        m_db.reset();
        m_db = Database::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_run)), &error);
        QVERIFY2(m_db, qPrintable(error));
        Migrations::apply(*m_db);
        m_db->run(QStringLiteral("INSERT INTO accounts (id, email, password_hash,"
                                 " password_changed_at, created_at) VALUES (?, ?, 'x', 0, 0)"),
                  {QStringLiteral("a-1"), QStringLiteral("a@example.test")});
        m_sessions = std::make_unique<SessionStore>(*m_db);
        m_tokens = std::make_unique<TokenService>(*m_db, *m_sessions, m_config,
                                                  QByteArrayLiteral("grace test secret"));
    }

    void retryWithinTheWindowGetsTheSamePair()
    {
        const TokenSet first = signIn();
        const auto rotated = m_tokens->refresh(first.refreshToken, m_start + 1000, m_client);
        QCOMPARE(rotated.outcome, TokenService::RefreshOutcome::Rotated);
        const auto again = m_tokens->refresh(first.refreshToken, m_start + 29000, m_client);
        QCOMPARE(again.outcome, TokenService::RefreshOutcome::Rotated);
        QCOMPARE(again.tokens.accessToken, rotated.tokens.accessToken);
        QCOMPARE(again.tokens.refreshToken, rotated.tokens.refreshToken);
        QVERIFY(m_sessions->authenticate(TokenService::hash(rotated.tokens.accessToken),
                                         m_start + 29000));
    }

    void retryAfterTheWindowIsAReuse()
    {
        const TokenSet first = signIn();
        const auto rotated = m_tokens->refresh(first.refreshToken, m_start + 1000, m_client);
        QCOMPARE(rotated.outcome, TokenService::RefreshOutcome::Rotated);
        const auto late = m_tokens->refresh(first.refreshToken, m_start + 32000, m_client);
        QCOMPARE(late.outcome, TokenService::RefreshOutcome::Reused);
        QVERIFY(late.sessionEnded);
        QVERIFY(!m_sessions->authenticate(TokenService::hash(rotated.tokens.accessToken),
                                          m_start + 32000));
    }

    void retryFromAnotherClientIsAReuse()
    {
        const TokenSet first = signIn();
        QCOMPARE(m_tokens->refresh(first.refreshToken, m_start + 1000, m_client).outcome,
                 TokenService::RefreshOutcome::Rotated);
        const auto other =
            m_tokens->refresh(first.refreshToken, m_start + 2000, QStringLiteral("198.51.100.9"));
        QCOMPARE(other.outcome, TokenService::RefreshOutcome::Reused);
        QVERIFY(other.sessionEnded);
    }

    void anotherProcessAnswersTheRetry()
    {
        // A second server process on the same database (behind a load
        // balancer) gets the retry and answers it with the same pair.
        const TokenSet first = signIn();
        const auto rotated = m_tokens->refresh(first.refreshToken, m_start + 1000, m_client);
        QCOMPARE(rotated.outcome, TokenService::RefreshOutcome::Rotated);
        SessionStore sessions(*m_db);
        const TokenService other(*m_db, sessions, m_config, QByteArrayLiteral("grace test secret"));
        const auto again = other.refresh(first.refreshToken, m_start + 2000, m_client);
        QCOMPARE(again.outcome, TokenService::RefreshOutcome::Rotated);
        QCOMPARE(again.tokens.refreshToken, rotated.tokens.refreshToken);
        QCOMPARE(again.tokens.accessToken, rotated.tokens.accessToken);
        // The successor is sealed: no token in the clear in the table.
        QSqlQuery stored = m_db->run(QStringLiteral("SELECT sealed FROM refresh_successors"));
        QVERIFY(stored.next());
        QVERIFY(!stored.value(0).toString().contains(rotated.tokens.refreshToken));
    }

    void successorsArePrunedAfterTheWindow()
    {
        const TokenSet first = signIn();
        const auto rotated = m_tokens->refresh(first.refreshToken, m_start + 1000, m_client);
        QCOMPARE(rotated.outcome, TokenService::RefreshOutcome::Rotated);
        QCOMPARE(m_tokens->refresh(rotated.tokens.refreshToken, m_start + 40000, m_client).outcome,
                 TokenService::RefreshOutcome::Rotated);
        // Only the rotation of the last 30 seconds is kept.
        QSqlQuery count = m_db->run(QStringLiteral("SELECT COUNT(*) FROM refresh_successors"));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TstRefreshGrace)
#include "tst_refresh_grace.moc"
