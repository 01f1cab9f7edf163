// The server's mail through an SMTP relay (--smtp-url): a relay on loopback
// run by this test receives the confirmation code of an email change; a
// relay that refuses the recipient leaves no change pending.
#include "TestServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace pd::test;

namespace {

// Just enough ESMTP for libcurl: greeting, EHLO (no STARTTLS), MAIL, RCPT
// (or 550 when told to refuse), DATA, QUIT.
class FakeSmtpRelay : public QObject
{
public:
    struct Message {
        QByteArray from;
        QByteArray to;
        QByteArray data;
    };

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    void setRefuseRecipients(bool refuse) { m_refuse = refuse; }
    const QList<Message> &messages() const { return m_messages; }

    FakeSmtpRelay()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                socket->write("220 fake.relay ESMTP\r\n");
                auto state = std::make_shared<Session>();
                connect(socket, &QTcpSocket::readyRead, this,
                        [this, socket, state] { onData(socket, *state); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    struct Session {
        QByteArray buffer;
        bool inData = false;
        Message message;
    };

    void onData(QTcpSocket *socket, Session &session)
    {
        session.buffer += socket->readAll();
        while (true) {
            if (session.inData) {
                const qsizetype end = session.buffer.indexOf("\r\n.\r\n");
                if (end < 0)
                    return;
                session.message.data = session.buffer.left(end + 2);
                session.buffer.remove(0, end + 5);
                session.inData = false;
                m_messages.append(session.message);
                socket->write("250 queued\r\n");
                continue;
            }
            const qsizetype end = session.buffer.indexOf("\r\n");
            if (end < 0)
                return;
            const QByteArray line = session.buffer.left(end);
            session.buffer.remove(0, end + 2);
            const QByteArray verb = line.left(4).toUpper();
            if (verb == "EHLO" || verb == "HELO") {
                socket->write("250-fake.relay\r\n250 8BITMIME\r\n");
            } else if (verb == "MAIL") {
                session.message = {line.mid(10).trimmed(), {}, {}};
                socket->write("250 ok\r\n");
            } else if (verb == "RCPT") {
                session.message.to = line.mid(8).trimmed();
                socket->write(m_refuse ? "550 no such user\r\n" : "250 ok\r\n");
            } else if (verb == "DATA") {
                session.inData = true;
                socket->write("354 go ahead\r\n");
            } else if (verb == "QUIT") {
                socket->write("221 bye\r\n");
                socket->disconnectFromHost();
                return;
            } else {
                socket->write("250 ok\r\n");
            }
        }
    }

    QTcpServer m_server;
    QList<Message> m_messages;
    bool m_refuse = false;
};

} // namespace

class TstServerSmtp : public QObject
{
    Q_OBJECT

private:
    FakeSmtpRelay m_relay;
    TestServer m_server;
    Tokens m_tokens;

    Reply changeEmail(const QString &email)
    {
        const Reply reauth =
            m_server.reauthenticate(m_server.accounts().at(1), m_tokens.accessToken);
        if (reauth.status != 204)
            return reauth;
        const QByteArray etag =
            m_server.get(QStringLiteral("/api/v1/profile"), m_tokens.accessToken).header("etag");
        return m_server.request(
            "PATCH", QStringLiteral("/api/v1/profile"),
            QJsonDocument(QJsonObject{{QStringLiteral("email"), email}})
                .toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/merge-patch+json"}, {"If-Match", etag}},
            m_tokens.accessToken);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_relay.listen());
        QVERIFY2(m_server.start({QStringLiteral("--smtp-url"),
                                 QStringLiteral("smtp://127.0.0.1:%1").arg(m_relay.port())}),
                 qPrintable(m_server.lastError()));
        m_tokens = m_server.signIn(m_server.accounts().at(1));
        QVERIFY(!m_tokens.accessToken.isEmpty());
    }

    void codeGoesThroughTheRelay()
    {
        const QString newEmail = QStringLiteral("relayed@example.org");
        const Reply reply = changeEmail(newEmail);
        QCOMPARE(reply.status, 202);
        // The code to the new address, the notice to the old one.
        QTRY_COMPARE(m_relay.messages().size(), 2);
        const FakeSmtpRelay::Message &code = m_relay.messages().at(0);
        QCOMPARE(code.to, QByteArray("<relayed@example.org>"));
        QVERIFY(code.data.contains("\r\nTo: relayed@example.org\r\n"));
        QVERIFY(code.data.contains("Content-Type: text/plain; charset=utf-8"));
        static const QRegularExpression pattern(QStringLiteral("code: ([0-9]{6})"));
        const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(code.data));
        QVERIFY(match.hasMatch());
        QCOMPARE(m_relay.messages().at(1).to,
                 QByteArray('<' + m_server.accounts().at(1).email.toUtf8() + '>'));
        // No maildir when a relay is configured.
        QVERIFY(m_server.mail().isEmpty());

        const Reply confirmed =
            m_server.postJson(QStringLiteral("/api/v1/profile/email-change/confirm"),
                              {{QStringLiteral("code"), match.captured(1)}}, m_tokens.accessToken);
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(confirmed.json().value(QStringLiteral("email")).toString(), newEmail);
    }

    void refusedRecipientLeavesNothingPending()
    {
        m_relay.setRefuseRecipients(true);
        const Reply reply = changeEmail(QStringLiteral("bounced@example.org"));
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.problemSlug(), QStringLiteral("unavailable"));
        const Reply profile = m_server.get(QStringLiteral("/api/v1/profile"), m_tokens.accessToken);
        QVERIFY(profile.json().value(QStringLiteral("pending_email")).isNull());
        m_relay.setRefuseRecipients(false);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TstServerSmtp)
#include "tst_server_smtp.moc"
