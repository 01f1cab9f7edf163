// Helper of tst_outbox_kill and tst_outbox_soak: opens an Outbox on a file,
// files the requests of KillTestPayloads.h that it does not hold yet, and
// sends everything pending to the reference backend. Reports each step on
// stdout, one line each, so the test can SIGKILL it at chosen points:
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
//
// With --soak --email <account's> --etag <profile's>, it files the soak's
// requests (every type) one at a time while it sends, without waiting on
// stdin, and follows every sent request that has not ended with a
// RequestTracker, keeping what it learns in the outbox as the app does. More
// lines then:
//   deferred <id>    an attempt failed and will be retried
//   tracked <server id> <status>   a poll answered
// and "done" means: everything filed and sent, and every open request polled
// once in this run.
#include "FixedAccessToken.h"
#include "KillTestPayloads.h"

#include "api/ApiClient.h"
#include "core/ApiOutboxTransport.h"
#include "core/ApiRequestStatusSource.h"
#include "net/SystemTimerSource.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxSender.h"
#include "outbox/RequestTracker.h"
#include "store/LocalStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>

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
    QCommandLineParser parser;
    const QCommandLineOption soakOption(QStringLiteral("soak"));
    const QCommandLineOption emailOption(QStringLiteral("email"), {}, QStringLiteral("email"));
    const QCommandLineOption etagOption(QStringLiteral("etag"), {}, QStringLiteral("etag"));
    parser.addOptions({soakOption, emailOption, etagOption});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    const QByteArray token = qgetenv("PD_TEST_ACCESS_TOKEN");
    if (args.size() != 5 || token.isEmpty()) {
        std::fputs("usage: outbox_submitter <db> <origin> <ca.pem> <count> <marker>"
                   " [--soak --email <email> --etag <etag>]\n",
                   stderr);
        return 64;
    }
    const int count = args.at(3).toInt();
    const QString marker = args.at(4);
    const bool soak = parser.isSet(soakOption);
    const killtest::SoakAccount account{parser.value(emailOption), parser.value(etagOption)};
    const auto typeOf = [&](int i) { return soak ? killtest::soakType(i) : killtest::type(i); };
    const auto payloadOf = [&](int i) {
        return soak ? killtest::soakPayload(i, marker, account) : killtest::payload(i, marker);
    };

    LocalStore store(args.at(0));
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "cannot open the outbox: %s\n", qPrintable(error));
        return 1;
    }
    Outbox outbox(&store);
    const int resumed = int(outbox.items(OutboxItem::State::Sending).size());
    say(QStringLiteral("resumed %1").arg(resumed));

    // The requests of 0..count-1 the outbox does not hold yet: the user
    // files each once, whatever happened to the previous runs.
    QList<int> toFile;
    {
        const QList<OutboxItem> existing = outbox.items();
        for (int i = 0; i < count; ++i) {
            const QString type = typeOf(i);
            const QJsonObject payload = payloadOf(i);
            const bool held =
                std::any_of(existing.cbegin(), existing.cend(), [&](const OutboxItem &item) {
                    return item.type == type && item.payload == payload;
                });
            if (!held)
                toFile << i;
        }
    }
    const auto fileNext = [&] {
        if (toFile.isEmpty())
            return true;
        const int i = toFile.takeFirst();
        if (!outbox.submit(typeOf(i), payloadOf(i), &error)) {
            std::fprintf(stderr, "submit failed: %s\n", qPrintable(error));
            QCoreApplication::exit(1);
            return false;
        }
        say(QStringLiteral("submitted %1").arg(i));
        return true;
    };
    if (!soak) {
        while (!toFile.isEmpty()) {
            if (!fileNext())
                return 1;
        }
    }

    ServerProfile profile = ServerProfile::forUrl(QUrl(args.at(1)));
    profile.caBundlePath = args.at(2);
    pd::test::FixedAccessToken tokens(QString::fromUtf8(token));
    SystemTimerSource timers;
    ApiClient client(profile, ApiClient::Dependencies{nullptr, &timers, &tokens});
    if (soak) {
        // The app's policy (same attempts, jitter, Retry-After), on a shorter
        // clock: the soak meets a fault in one exchange of three.
        RetryPolicy::Settings quicker;
        quicker.baseDelay = 100ms;
        quicker.maxDelay = 1000ms;
        client.setRetryPolicy(RetryPolicy(quicker));
    }
    ApiOutboxTransport api(&client);
    GatedTransport gated(&api);
    OutboxTransport *transport = soak ? static_cast<OutboxTransport *>(&api) : &gated;
    OutboxSender sender(&outbox, transport, &timers, Backoff(100ms, 2000ms));
    ApiRequestStatusSource statuses(&client);
    RequestTracker tracker(&statuses, &timers, Backoff(50ms, 1000ms));
    // Server ids of open requests not yet polled in this run.
    QSet<QString> unpolled;

    const auto finishIfDone = [&] {
        if (!toFile.isEmpty() || !unpolled.isEmpty())
            return;
        const QList<OutboxItem> items = outbox.items();
        if (std::all_of(items.cbegin(), items.cend(), [](const OutboxItem &item) {
                return item.state == OutboxItem::State::Sent;
            })) {
            say(QStringLiteral("done"));
            QCoreApplication::exit(0);
        }
    };
    const auto follow = [&](const QString &serverId, const QString &status) {
        if (!soak || serverId.isEmpty() || RequestTracker::isFinal(status))
            return;
        unpolled.insert(serverId);
        tracker.track(serverId, status);
    };
    QObject::connect(&outbox, &Outbox::stateChanged, &app, [&](qint64 id, OutboxItem::State state) {
        if (state != OutboxItem::State::Sending)
            return;
        say(QStringLiteral("sending %1").arg(id));
        // The user goes on filing while earlier requests are on the wire.
        if (soak)
            fileNext();
    });
    QObject::connect(&sender, &OutboxSender::idle, &app, [&] {
        if (soak && !toFile.isEmpty())
            fileNext();
    });
    QObject::connect(&sender, &OutboxSender::itemSent, &app,
                     [&](qint64 id, const QJsonObject &request) {
                         const QString serverId = request.value(QStringLiteral("id")).toString();
                         say(QStringLiteral("sent %1 %2").arg(id).arg(serverId));
                         follow(serverId, request.value(QStringLiteral("status")).toString());
                         finishIfDone();
                     });
    QObject::connect(&sender, &OutboxSender::itemDeferred, &app,
                     [&](qint64 id) { say(QStringLiteral("deferred %1").arg(id)); });
    QObject::connect(&sender, &OutboxSender::itemFailed, &app,
                     [&](qint64 id, const ApiError &failure) {
                         say(QStringLiteral("failed %1 %2").arg(id).arg(failure.logSummary()));
                         QCoreApplication::exit(3);
                     });
    // As AppServices does: what a poll brings is kept with the outbox item.
    QObject::connect(
        &tracker, &RequestTracker::requestUpdated, &app,
        [&](const QString &serverId, const QJsonObject &request) {
            outbox.recordServerRequest(request);
            say(QStringLiteral("tracked %1 %2")
                    .arg(serverId, request.value(QStringLiteral("status")).toString()));
            unpolled.remove(serverId);
            finishIfDone();
        });
    QObject::connect(&tracker, &RequestTracker::trackingStopped, &app,
                     [&](const QString &serverId) {
                         unpolled.remove(serverId);
                         finishIfDone();
                     });

    for (const OutboxItem &item : outbox.items(OutboxItem::State::Sent))
        follow(item.serverRequestId, item.serverRequest.value(QStringLiteral("status")).toString());
    sender.start();
    if (soak)
        QMetaObject::invokeMethod(&app, fileNext, Qt::QueuedConnection);
    QMetaObject::invokeMethod(&app, finishIfDone, Qt::QueuedConnection);
    return app.exec();
}
