// Passwords are verified off the event loop (issue 13, server load): while
// one sign-in's PBKDF2 runs, the server answers everyone else. The server's
// testing switch --hold-password-checks keeps a check waiting until the test
// releases it, so "meanwhile" needs no timing.
#include "TestServer.h"

#include <QFile>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd::test;

class TstServerPasswordChecks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_release;
    TestServer m_server;
    Tokens m_tokens;

    QString waiting() const { return m_release + QStringLiteral(".waiting"); }

    void release(bool released)
    {
        if (released) {
            QFile file(m_release);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else {
            QFile::remove(m_release);
            QFile::remove(waiting());
        }
    }

    // Starts a password sign-in that the server holds mid-check; returns
    // once the check is waiting.
    QNetworkReply *heldSignIn(const DemoAccount &account)
    {
        QNetworkRequest request(
            m_server.origin().resolved(QUrl(QStringLiteral("/api/v1/auth/password"))));
        request.setSslConfiguration(m_server.sslConfiguration());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QJsonObject body{{QStringLiteral("email"), account.email},
                               {QStringLiteral("password"), account.password}};
        QNetworkReply *reply =
            m_server.network().post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        reply->setParent(this);
        return reply;
    }

    static int status(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_release = m_dir.filePath(QStringLiteral("release"));
        QVERIFY2(m_server.start({QStringLiteral("--developer-mode"),
                                 QStringLiteral("--hold-password-checks"), m_release}),
                 qPrintable(m_server.lastError()));
        QVERIFY(m_server.accounts().size() >= 2);
        release(true);
        m_tokens = m_server.signIn(m_server.accounts().at(1));
        QVERIFY(!m_tokens.accessToken.isEmpty());
    }

    void othersAreAnsweredWhileAPasswordIsChecked()
    {
        release(false);
        QNetworkReply *held = heldSignIn(m_server.accounts().at(1));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(waiting()), 30000);

        // The check has begun and cannot end: the server answers others.
        const Reply visits =
            m_server.get(QStringLiteral("/api/v1/visits?limit=5"), m_tokens.accessToken);
        QCOMPARE(visits.status, 200);
        QCOMPARE(visits.json().value(QStringLiteral("items")).toArray().size(), 5);
        QCOMPARE(m_server.get(QStringLiteral("/.well-known/privacy-dashboard")).status, 200);
        QVERIFY(!held->isFinished());

        release(true);
        QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 60000);
        QCOMPARE(status(held), 200);
        const QJsonObject answer = QJsonDocument::fromJson(held->readAll()).object();
        QVERIFY(!answer.value(QStringLiteral("access_token")).toString().isEmpty());
    }

    void aWrongPasswordIsRefusedAfterItsCheck()
    {
        release(true);
        DemoAccount wrong = m_server.accounts().at(1);
        wrong.password += QStringLiteral("-not");
        QNetworkReply *reply = heldSignIn(wrong);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60000);
        QCOMPARE(status(reply), 401);
    }

    // The check compared the password with the hash of its start: a new
    // password set meanwhile wins.
    void aPasswordChangedDuringTheCheckIsRefused()
    {
        release(false);
        const DemoAccount account = m_server.accounts().at(1);
        QNetworkReply *held = heldSignIn(account);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(waiting()), 30000);
        bool ok = false;
        const QList<QVariantList> other = m_server.runSql(
            QStringLiteral("SELECT password_hash FROM accounts WHERE lower(email) <> lower(?)"),
            {account.email}, &ok);
        QVERIFY2(ok && !other.isEmpty(), qPrintable(m_server.lastError()));
        const QList<QVariantList> before = m_server.runSql(
            QStringLiteral("SELECT password_hash FROM accounts WHERE lower(email) = lower(?)"),
            {account.email}, &ok);
        QVERIFY2(ok && !before.isEmpty(), qPrintable(m_server.lastError()));
        m_server.runSql(
            QStringLiteral("UPDATE accounts SET password_hash = ? WHERE lower(email) = lower(?)"),
            {other.first().first(), account.email}, &ok);
        QVERIFY2(ok, qPrintable(m_server.lastError()));

        release(true);
        QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 60000);
        QCOMPARE(status(held), 401);

        // Put back, the password signs in again.
        m_server.runSql(
            QStringLiteral("UPDATE accounts SET password_hash = ? WHERE lower(email) = lower(?)"),
            {before.first().first(), account.email}, &ok);
        QVERIFY2(ok, qPrintable(m_server.lastError()));
        QVERIFY(!m_server.signIn(account).accessToken.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstServerPasswordChecks)
#include "tst_server_password_checks.moc"
