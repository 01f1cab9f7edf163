// Helper of tst_outbox_kill: opens an Outbox on a file, files the requests of
// KillTestPayloads.h that it does not hold yet, and sends everything pending
// to the reference backend. Reports each step on stdout, one line each, so the
// test can SIGKILL it at chosen points:
//   resumed <n>      items a previous run left in "sending"
//   submitted <i>    request i is committed to the outbox
//   sending <id>     an attempt for outbox item <id> starts (state committed)
//   answered <id>    the server answered that attempt; the helper then waits
//                    for a line on stdin before the outbox records the answer,
//                    so the test can kill it when the server has the request
//                    and the outbox does not know yet
//   sent <id> <server id>
//   done             every item is sent (exit 0)
// Usage: outbox_submitter <db> <origin> <ca.pem> <count> <marker>
// The access token comes from PD_TEST_ACCESS_TOKEN (not argv: ps shows argv).
#include "FixedAccessToken.h"
#include "KillTestPayloads.h"

#include "api/ApiClient.h"
#include "core/ApiOutboxTransport.h"
#include "net/SystemTimerSource.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxSender.h"
#include "store/LocalStore.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace pd;
using namespace std::chrono_literals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Holds every answer until the test writes a line to stdin.
class GatedTransport : public OutboxTransport
{
public:
    explicit GatedTransport(OutboxTransport *inner)
        : m_inner(inner)
    {}
    void send(const OutboxItem &item, Callback done) override
    {
        const qint64 id = item.id;
        m_inner->send(item, [id, done = std::move(done)](const OutboxSendResult &result) {
            say(QStringLiteral("answered %1").arg(id));
            char line[64];
            if (!std::fgets(line, sizeof line, stdin))
                std::exit(4); // the test went away
            done(result);
        });
    }

private:
    OutboxTransport *m_inner;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QByteArray token = qgetenv("PD_TEST_ACCESS_TOKEN");
    if (args.size() != 6 || token.isEmpty()) {
        std::fputs("usage: outbox_submitter <db> <origin> <ca.pem> <count> <marker>\n", stderr);
        return 64;
    }
    const int count = args.at(4).toInt();
    const QString marker = args.at(5);

    LocalStore store(args.at(1));
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "cannot open the outbox: %s\n", qPrintable(error));
        return 1;
    }
    Outbox outbox(&store);
    const int resumed = int(outbox.items(OutboxItem::State::Sending).size());
    say(QStringLiteral("resumed %1").arg(resumed));

    const QList<OutboxItem> existing = outbox.items();
    for (int i = 0; i < count; ++i) {
        const QString type = killtest::type(i);
        const QJsonObject payload = killtest::payload(i, marker);
        const bool held =
            std::any_of(existing.cbegin(), existing.cend(), [&](const OutboxItem &item) {
                return item.type == type && item.payload == payload;
            });
        if (held)
            continue;
        if (!outbox.submit(type, payload, &error)) {
            std::fprintf(stderr, "submit failed: %s\n", qPrintable(error));
            return 1;
        }
        say(QStringLiteral("submitted %1").arg(i));
    }

    ServerProfile profile = ServerProfile::forUrl(QUrl(args.at(2)));
    profile.caBundlePath = args.at(3);
    pd::test::FixedAccessToken tokens(QString::fromUtf8(token));
    SystemTimerSource timers;
    ApiClient client(profile, ApiClient::Dependencies{nullptr, &timers, &tokens});
    ApiOutboxTransport api(&client);
    GatedTransport transport(&api);
    OutboxSender sender(&outbox, &transport, &timers, Backoff(100ms, 2000ms));

    const auto finishIfDone = [&] {
        const QList<OutboxItem> items = outbox.items();
        if (std::all_of(items.cbegin(), items.cend(), [](const OutboxItem &item) {
                return item.state == OutboxItem::State::Sent;
            })) {
            say(QStringLiteral("done"));
            QCoreApplication::exit(0);
        }
    };
    QObject::connect(&outbox, &Outbox::stateChanged, &app, [&](qint64 id, OutboxItem::State state) {
        if (state == OutboxItem::State::Sending)
            say(QStringLiteral("sending %1").arg(id));
    });
    QObject::connect(&sender, &OutboxSender::itemSent, &app,
                     [&](qint64 id, const QJsonObject &request) {
                         say(QStringLiteral("sent %1 %2")
                                 .arg(id)
                                 .arg(request.value(QStringLiteral("id")).toString()));
                         finishIfDone();
                     });
    QObject::connect(&sender, &OutboxSender::itemFailed, &app,
                     [&](qint64 id, const ApiError &failure) {
                         say(QStringLiteral("failed %1 %2").arg(id).arg(failure.logSummary()));
                         QCoreApplication::exit(3);
                     });
    sender.start();
    QMetaObject::invokeMethod(&app, finishIfDone, Qt::QueuedConnection);
    return app.exec();
}
