// HttpSyncPageSource asks for the next page (from next_cursor) while the
// sync stores the current one, hands that prefetched page over when it is
// asked for, and drops it when another page is asked for instead.
#include "net/ServerProfile.h"
#include "net/TlsPolicy.h"
#include "sync/HttpSyncPageSource.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace pd;

namespace {

// Plain HTTP on loopback (prefetching does not depend on TLS). Pages chain
// "" -> "c2" -> "c3" -> end; any other cursor is a last page. Records the
// cursor of every request, in the order they arrived.
class CursorServer : public QObject
{
public:
    CursorServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl origin() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    QStringList cursors() const { return m_cursors; }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            qsizetype end = 0;
            while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                const QByteArray head = buffer->left(end);
                buffer->remove(0, end + 4);
                const QByteArray target = head.split(' ').value(1);
                const QString cursor =
                    QUrlQuery(QUrl::fromEncoded(target).query()).queryItemValue(u"cursor"_qs);
                m_cursors << cursor;
                const QByteArray next = cursor.isEmpty()                ? "\"c2\""
                                        : cursor == QLatin1String("c2") ? "\"c3\""
                                                                        : "null";
                const QByteArray body = R"({"items":[],"next_cursor":)" + next + R"(,"page":")" +
                                        cursor.toLatin1() + "\"}";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
            }
        });
    }

    QTcpServer m_server;
    QStringList m_cursors;
};

struct Page {
    bool done = false;
    SyncPageReply reply;
};

SyncPageRequest pageRequest(const QString &cursor)
{
    SyncPageRequest request;
    request.apiPath = QStringLiteral("visits");
    request.cursor = cursor;
    return request;
}

// One fetch(), waited for; `answeredAfter` is set when the callback ran
// after fetch() returned (it must never run inside it).
Page fetchPage(HttpSyncPageSource &source, const QString &cursor, bool *answeredAfter = nullptr)
{
    Page page;
    bool returned = false;
    source.fetch(pageRequest(cursor), [&](const SyncPageReply &reply) {
        page.done = true;
        page.reply = reply;
        if (answeredAfter)
            *answeredAfter = returned;
    });
    returned = true;
    if (!QTest::qWaitFor([&] { return page.done; }, 30000))
        qWarning("no answer within 30 s");
    return page;
}

// fetchPage() with a sink: `page.reply.body` is what the sink got.
Page streamPage(HttpSyncPageSource &source, const QString &cursor, bool *bodyInsideFetch)
{
    Page page;
    QByteArray body;
    bool returned = false;
    *bodyInsideFetch = false;
    source.fetch(
        pageRequest(cursor),
        [&](const SyncPageReply &reply) {
            page.done = true;
            page.reply = reply;
        },
        [&](QByteArrayView bytes) {
            *bodyInsideFetch = *bodyInsideFetch || !returned;
            body += bytes;
            return true;
        });
    returned = true;
    if (!QTest::qWaitFor([&] { return page.done; }, 30000))
        qWarning("no answer within 30 s");
    if (page.reply.ok && page.reply.body.isEmpty())
        page.reply.body = body;
    else
        page.reply.ok = false; // the body must come through the sink only
    return page;
}

std::unique_ptr<HttpSyncPageSource> sourceFor(const CursorServer &server)
{
    ServerProfile profile = ServerProfile::forUrl(server.origin());
    profile.developerMode = true;
    return std::make_unique<HttpSyncPageSource>(TlsPolicy(profile),
                                                QSslConfiguration::defaultConfiguration(),
                                                [] { return QStringLiteral("token"); });
}

} // namespace

class TestSyncPrefetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextPageIsFetchedAheadAndHandedOver()
    {
        CursorServer server;
        QVERIFY(server.listen());
        auto source = sourceFor(server);

        const Page first = fetchPage(*source, QString());
        QVERIFY(first.reply.ok);
        QVERIFY(first.reply.body.contains(R"("next_cursor":"c2")"));
        // The page after it is asked for before the sync wants it.
        QTRY_COMPARE(server.cursors(), QStringList({QString(), QStringLiteral("c2")}));

        bool answeredAfter = false;
        const Page second = fetchPage(*source, QStringLiteral("c2"), &answeredAfter);
        QVERIFY(second.reply.ok);
        QVERIFY(second.reply.body.contains(R"("page":"c2")"));
        QVERIFY(answeredAfter);
        // Handed over, not asked for again; and the one after it is on its way.
        QTRY_COMPARE(server.cursors(),
                     QStringList({QString(), QStringLiteral("c2"), QStringLiteral("c3")}));

        const Page last = fetchPage(*source, QStringLiteral("c3"));
        QVERIFY(last.reply.ok);
        QVERIFY(last.reply.body.contains(R"("page":"c3")"));
        QVERIFY(last.reply.body.contains(R"("next_cursor":null)"));
        QCOMPARE(server.cursors().size(), 3);
    }

    void anotherPageDropsThePrefetch()
    {
        CursorServer server;
        QVERIFY(server.listen());
        auto source = sourceFor(server);
        QVERIFY(fetchPage(*source, QString()).reply.ok);
        QTRY_COMPARE(server.cursors().size(), 2);

        const Page other = fetchPage(*source, QStringLiteral("elsewhere"));
        QVERIFY(other.reply.ok);
        QVERIFY(other.reply.body.contains(R"("page":"elsewhere")"));
        QCOMPARE(server.cursors(),
                 QStringList({QString(), QStringLiteral("c2"), QStringLiteral("elsewhere")}));
    }

    void prefetchedPageStreamsToTheFetchThatTakesItOver()
    {
        CursorServer server;
        QVERIFY(server.listen());
        auto source = sourceFor(server);
        bool inside = true;
        const Page first = streamPage(*source, QString(), &inside);
        QVERIFY(first.reply.ok);
        QVERIFY(!inside);
        QVERIFY(first.reply.body.contains(R"("next_cursor":"c2")"));
        // The guess at next_cursor works on a streamed body too.
        QTRY_COMPARE(server.cursors(), QStringList({QString(), QStringLiteral("c2")}));

        const Page second = streamPage(*source, QStringLiteral("c2"), &inside);
        QVERIFY(second.reply.ok);
        QVERIFY(!inside); // what came before fetch() waits for the next turn
        QVERIFY(second.reply.body.contains(R"("page":"c2")"));
        QCOMPARE(second.reply.body.count("\"page\""), 1);
        QTRY_COMPARE(server.cursors().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSyncPrefetch)
#include "tst_sync_prefetch.moc"
