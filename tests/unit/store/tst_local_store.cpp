#include "StoreQueries.h"

#include "models/MatchCounter.h"
#include "store/LocalStore.h"
#include "store/StoreConnection.h"
#include "store/StoreSchema.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

using namespace pd;
using namespace pd::test;

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The owner/group/other bits of `path` (QFile::permissions() adds the User bits).
QFileDevice::Permissions mode(const QString &path)
{
    constexpr QFileDevice::Permissions bits =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFile::permissions(path) & bits;
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsFileOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/cache.sqlite"));
        LocalStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(insertVisit(store.database(), QStringLiteral("v1"), QStringLiteral("t")));
        QCOMPARE(mode(path), kOwnerOnly);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(mode(path + QStringLiteral("-wal")), kOwnerOnly);
        QCOMPARE(mode(path + QStringLiteral("-shm")), kOwnerOnly);
    }

    void tightensExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::setPermissions(path, kOwnerOnly | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        LocalStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(mode(path), kOwnerOnly);
    }

    void schemaWalAndFts()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QSqlDatabase db = store.database();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(),
                 StoreSchema::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        for (const QString &table : StoreSchema::accountTables()) {
            QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).isValid(),
                     qPrintable(table));
        }
        // The FTS tables index exactly the columns StoreSchema names.
        for (const FtsTableSpec &spec : StoreSchema::ftsTables()) {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA table_info(") + spec.ftsTable + u')'));
            QStringList columns;
            while (query.next())
                columns << query.value(1).toString();
            QCOMPARE(columns, spec.columns);
        }
    }

    void reopenKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QString error;
        {
            LocalStore store(path);
            QVERIFY2(store.open(&error), qPrintable(error));
            QVERIFY(insertVisit(store.database(), QStringLiteral("v1"), QStringLiteral("t")));
        }
        LocalStore store(path);
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(scalar(store.database(), QStringLiteral("SELECT count(*) FROM visits")).toInt(),
                 1);
    }

    // The sync stores items newest first: the time indexes descend so that
    // each new row is appended at their end (StoreMigrations version 3). A
    // cache of version 2 has them ascending under other names.
    void timeIndexesDescendAfterUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QString error;
        {
            LocalStore store(path);
            QVERIFY2(store.open(&error), qPrintable(error));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("DROP INDEX visits_started_at_desc")));
            QVERIFY(query.exec(QStringLiteral("CREATE INDEX visits_started_at ON visits "
                                              "(started_at, browser, device_type, country)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 2")));
            QVERIFY(insertVisit(store.database(), QStringLiteral("v1"), QStringLiteral("t")));
        }
        LocalStore store(path);
        QVERIFY2(store.open(&error), qPrintable(error));
        const QSqlDatabase db = store.database();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(),
                 StoreSchema::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM visits")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                           "'visits_started_at'"))
                     .toInt(),
                 0);
        const QStringList indexes = {QStringLiteral("visits_started_at_desc"),
                                     QStringLiteral("messages_sent_at_desc"),
                                     QStringLiteral("logs_occurred_at_desc"),
                                     QStringLiteral("third_party_records_received_at_desc")};
        for (const QString &index : indexes) {
            // The first key column of each descends.
            QCOMPARE(scalar(db, QStringLiteral("SELECT \"desc\" FROM pragma_index_xinfo('%1') "
                                               "WHERE seqno = 0")
                                    .arg(index))
                         .toInt(),
                     1);
        }
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QString error;
        {
            LocalStore store(path);
            QVERIFY2(store.open(&error), qPrintable(error));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        LocalStore store(path);
        QVERIFY(!store.open(&error));
        QVERIFY(error.contains(QStringLiteral("newer")));
        QVERIFY(!store.isOpen());
    }

    void connectionPerThread()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        bool inserted = false;
        QString threadError;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            auto connection = store.openConnection(&threadError);
            if (!connection)
                return;
            inserted = insertVisit(connection->database(), QStringLiteral("from-worker"),
                                   QStringLiteral("worker"));
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY2(inserted, qPrintable(threadError));
        QCOMPARE(scalar(store.database(),
                        QStringLiteral("SELECT count(*) FROM visits WHERE id = 'from-worker'"))
                     .toInt(),
                 1);
    }

    void wipeRemovesEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        LocalStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QString marker = QStringLiteral("zebramarker");
        for (int i = 0; i < 200; ++i)
            QVERIFY(insertVisit(store.database(), QStringLiteral("v%1").arg(i),
                                marker + QString::number(i)));
        {
            QSqlQuery query(store.database());
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO outbox (idempotency_key, type, payload, state, "
                               "next_attempt_at, created_at, updated_at) VALUES ('k', "
                               "'security_report', '{\"description\":\"zebramarker\"}', "
                               "'pending', 0, 0, 0)")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO sync_state (category, cursor) VALUES ('visits', 'c')")));
        }
        QCOMPARE(scalar(store.database(), QStringLiteral("SELECT count(*) FROM visits_fts WHERE "
                                                         "visits_fts MATCH 'zebramarker5'"))
                     .toInt(),
                 1);

        QSignalSpy aboutToWipe(&store, &LocalStore::aboutToWipe);
        QSignalSpy wiped(&store, &LocalStore::wiped);
        QVERIFY2(store.wipe(&error), qPrintable(error));
        QCOMPARE(aboutToWipe.count(), 1);
        QCOMPARE(wiped.count(), 1);
        QVERIFY(store.isOpen());
        for (const QString &table : StoreSchema::accountTables()) {
            QCOMPARE(
                scalar(store.database(), QStringLiteral("SELECT count(*) FROM ") + table).toInt(),
                0);
        }
        // No trace of the data in the file or the WAL.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(path + suffix);
            if (!file.exists())
                continue;
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(marker.toUtf8()), qPrintable(suffix));
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) ||
                QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        // Indexing still works after the wipe.
        QVERIFY(insertVisit(store.database(), QStringLiteral("after"), QStringLiteral("okapi")));
        QCOMPARE(scalar(store.database(),
                        QStringLiteral("SELECT count(*) FROM visits_fts WHERE visits_fts MATCH "
                                       "'okapi'"))
                     .toInt(),
                 1);
    }

    // A count running on another thread holds a read transaction: the wipe
    // must stop it, or the checkpoint cannot truncate the WAL and the rows
    // stay on disk.
    void wipeWhileReaderRunsLeavesNoTrace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        LocalStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QByteArray canary = "quokkacanary7731";
        for (int i = 0; i < 500; ++i)
            QVERIFY(insertVisit(store.database(), QStringLiteral("v%1").arg(i),
                                QString::fromLatin1(canary) + QString::number(i)));

        // A count that would run for minutes, reading the visits it joins.
        MatchCounter counter;
        QSignalSpy counted(&counter, &MatchCounter::counted);
        counter.start(path, {QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT "
                                            "x + 1 FROM n LIMIT 2000000000) SELECT count(*) FROM "
                                            "n, (SELECT 1 FROM visits LIMIT 1)"),
                             {}});
        // The reader holds its snapshot once a passive checkpoint can no
        // longer copy a row written after it started.
        const auto readerPinsWal = [&] {
            int log = 0, copied = 0;
            return insertVisit(store.database(), QUuid::createUuid().toString(),
                               QString::fromLatin1(canary)) &&
                   sqlite3_wal_checkpoint_v2(store.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                             &log, &copied) == SQLITE_OK &&
                   copied < log;
        };
        QTRY_VERIFY_WITH_TIMEOUT(readerPinsWal(), 10000);

        QVERIFY2(store.wipe(&error), qPrintable(error));
        QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(canary), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked >= 1);
        // The interrupted count reports a failure, not a number.
        QVERIFY(counted.wait(10000));
        QCOMPARE(counted.first().at(0).toLongLong(), -1);
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_local_store.moc"
