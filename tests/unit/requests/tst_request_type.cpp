// Rights requests in the core without a network: the types and their wire
// names, and RequestUpdates (status changes noticed across refreshes and
// restarts, the activity feed, the queue of desktop notifications).
#include "cache/DocumentCache.h"
#include "requests/RequestRecord.h"
#include "requests/RequestType.h"
#include "requests/RequestUpdateNotifier.h"
#include "requests/RequestUpdates.h"
#include "store/LocalStore.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pd;

namespace {

RequestRecord request(const QString &id, const QString &status, const QString &type = u"export"_qs)
{
    RequestRecord record;
    record.id = id;
    record.type = type;
    record.status = status;
    record.updatedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    return record;
}

// Records what it was asked to show; refuses while `available` is false
// (no notification service on the bus).
class FakeNotifier : public RequestUpdateNotifier
{
public:
    bool notify(const RequestUpdate &update) override
    {
        if (!available)
            return false;
        shown.append(update);
        return true;
    }
    bool available = true;
    QList<RequestUpdate> shown;
};

// One account's local store, reopened as the app does at each start.
class StoreRun
{
public:
    explicit StoreRun(const QString &path)
        : store(path)
        , cache(&store)
        , updates(&cache)
    {
        QString error;
        opened = store.open(&error);
        if (!opened)
            qWarning("store: %s", qPrintable(error));
    }
    LocalStore store;
    DocumentCache cache;
    RequestUpdates updates;
    bool opened = false;
};

} // namespace

class TestRequestType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTypeRoundTripsThroughItsWireName()
    {
        const QList<RequestType> types = allRequestTypes();
        QCOMPARE(types.size(), 8);
        QSet<QString> names;
        for (const RequestType type : types) {
            const QString name = toWireName(type);
            QVERIFY(!name.isEmpty());
            names.insert(name);
            QCOMPARE(requestTypeFromWireName(name), std::optional<RequestType>(type));
            QVERIFY(isRequestType(name, type));
        }
        QCOMPARE(names.size(), types.size());
    }

    void theWireNamesAreTheContracts()
    {
        QCOMPARE(toWireName(RequestType::Edit), QStringLiteral("edit"));
        QCOMPARE(toWireName(RequestType::Export), QStringLiteral("export"));
        QCOMPARE(toWireName(RequestType::Delete), QStringLiteral("delete"));
        QCOMPARE(toWireName(RequestType::Unsubscribe), QStringLiteral("unsubscribe"));
        QCOMPARE(toWireName(RequestType::Restrict), QStringLiteral("restrict"));
        QCOMPARE(toWireName(RequestType::Object), QStringLiteral("object"));
        QCOMPARE(toWireName(RequestType::GuardianRemoval), QStringLiteral("guardian_removal"));
        QCOMPARE(toWireName(RequestType::SecurityReport), QStringLiteral("security_report"));
    }

    void anUnknownNameIsNoType_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("newer server's type") << QStringLiteral("portability_transfer");
        QTest::newRow("empty") << QString();
        QTest::newRow("case differs") << QStringLiteral("Export");
        QTest::newRow("menu entry, not a type") << QStringLiteral("other");
    }
    void anUnknownNameIsNoType()
    {
        QFETCH(QString, name);
        QCOMPARE(requestTypeFromWireName(name), std::nullopt);
        for (const RequestType type : allRequestTypes())
            QVERIFY(!isRequestType(name, type));
    }

    // The first list only sets what is known; after it, each status change
    // is one feed entry and one notification, whichever way it arrives.
    void aStatusChangeIsReportedOnce()
    {
        QTemporaryDir dir;
        StoreRun run(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(run.opened);
        FakeNotifier notifier;
        run.updates.setNotifier(&notifier);
        QSignalSpy feedChanged(&run.updates, &RequestUpdates::feedChanged);

        run.updates.observe(
            {request(u"r1"_qs, u"received"_qs), request(u"r2"_qs, u"completed"_qs)});
        QVERIFY(run.updates.feed().isEmpty());
        QVERIFY(notifier.shown.isEmpty());

        run.updates.observe(request(u"r1"_qs, u"in_progress"_qs));
        // The same status again (a poll, the recent list, a full load): nothing new.
        run.updates.observe(request(u"r1"_qs, u"in_progress"_qs));
        run.updates.observe(
            {request(u"r1"_qs, u"in_progress"_qs), request(u"r2"_qs, u"completed"_qs)});
        QCOMPARE(run.updates.feed().size(), 1);
        const RequestUpdate update = run.updates.feed().at(0);
        QCOMPARE(update.requestId, u"r1"_qs);
        QCOMPARE(update.type, u"export"_qs);
        QCOMPARE(update.previousStatus, u"received"_qs);
        QCOMPARE(update.status, u"in_progress"_qs);
        QCOMPARE(update.at, QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
        QVERIFY(update.notified);
        QCOMPARE(notifier.shown.size(), 1);
        QCOMPARE(feedChanged.size(), 1);

        // A request filed since is not news while it is just received; one
        // filed elsewhere and already answered is.
        run.updates.observe(
            {request(u"r3"_qs, u"received"_qs), request(u"r4"_qs, u"rejected"_qs, u"delete"_qs)});
        QCOMPARE(run.updates.feed().size(), 2);
        QCOMPARE(run.updates.feed().at(0).requestId, u"r4"_qs);
        QCOMPARE(run.updates.feed().at(0).previousStatus, QString());
        QCOMPARE(notifier.shown.size(), 2);
    }

    // What was seen is kept in the store: a restart reports nothing twice,
    // and a change made while the app was closed is reported once at the
    // next refresh.
    void noDuplicatesAcrossARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_qs);
        FakeNotifier notifier;
        {
            StoreRun run(path);
            QVERIFY(run.opened);
            run.updates.setNotifier(&notifier);
            run.updates.observe({request(u"r1"_qs, u"received"_qs)});
            run.updates.observe(request(u"r1"_qs, u"in_progress"_qs));
            QCOMPARE(notifier.shown.size(), 1);
        }
        {
            StoreRun run(path);
            QVERIFY(run.opened);
            run.updates.setNotifier(&notifier);
            QCOMPARE(run.updates.feed().size(), 1); // the feed outlives the run
            run.updates.observe({request(u"r1"_qs, u"in_progress"_qs)});
            QCOMPARE(notifier.shown.size(), 1);
            // Completed while the app was closed: the next list says so.
            run.updates.observe({request(u"r1"_qs, u"completed"_qs)});
            QCOMPARE(notifier.shown.size(), 2);
            QCOMPARE(notifier.shown.last().previousStatus, u"in_progress"_qs);
            QCOMPARE(notifier.shown.last().status, u"completed"_qs);
        }
        {
            StoreRun run(path);
            QVERIFY(run.opened);
            run.updates.setNotifier(&notifier);
            run.updates.observe({request(u"r1"_qs, u"completed"_qs)});
            QCOMPARE(notifier.shown.size(), 2);
            QCOMPARE(run.updates.feed().size(), 2);
            QCOMPARE(run.updates.pendingCount(), 0);
        }
    }

    // A notification that cannot be shown (no service, offline desktop)
    // stays queued, in order, across a restart, and is shown once when it can.
    void queuedNotificationsAreDeliveredOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_qs);
        FakeNotifier notifier;
        notifier.available = false;
        {
            StoreRun run(path);
            QVERIFY(run.opened);
            run.updates.setNotifier(&notifier);
            run.updates.observe({request(u"r1"_qs, u"received"_qs)});
            run.updates.observe(request(u"r1"_qs, u"in_progress"_qs));
            run.updates.observe(request(u"r1"_qs, u"completed"_qs));
            QCOMPARE(run.updates.feed().size(), 2); // the feed has them anyway
            QCOMPARE(run.updates.pendingCount(), 2);
            QVERIFY(notifier.shown.isEmpty());
        }
        StoreRun run(path);
        QVERIFY(run.opened);
        notifier.available = true;
        run.updates.setNotifier(&notifier);
        QCOMPARE(notifier.shown.size(), 2);
        QCOMPARE(notifier.shown.at(0).status, u"in_progress"_qs);
        QCOMPARE(notifier.shown.at(1).status, u"completed"_qs);
        run.updates.deliverPending();
        run.updates.observe({request(u"r1"_qs, u"completed"_qs)});
        QCOMPARE(notifier.shown.size(), 2);
        QCOMPARE(run.updates.pendingCount(), 0);
    }

    // Sign-out wipes the store: the next account starts with nothing seen,
    // and its first list is not news.
    void aWipeForgetsWhatWasSeen()
    {
        QTemporaryDir dir;
        StoreRun run(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(run.opened);
        FakeNotifier notifier;
        run.updates.setNotifier(&notifier);
        run.updates.observe({request(u"r1"_qs, u"received"_qs)});
        run.updates.observe(request(u"r1"_qs, u"completed"_qs));
        QCOMPARE(run.updates.feed().size(), 1);
        QSignalSpy feedChanged(&run.updates, &RequestUpdates::feedChanged);
        QString error;
        QVERIFY2(run.store.wipe(&error), qPrintable(error));
        QCOMPARE(feedChanged.size(), 1);
        QVERIFY(run.updates.feed().isEmpty());
        run.updates.observe({request(u"other"_qs, u"completed"_qs)});
        QVERIFY(run.updates.feed().isEmpty());
        QCOMPARE(notifier.shown.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRequestType)
#include "tst_request_type.moc"
