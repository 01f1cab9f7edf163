#pragma once

#include "RequestStore.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace pd::server {

class Database;
class InteractiveWork;

// Builds export archives on a thread of its own, so that a large account's
// archive never holds up the event loop that answers everyone else. It reads
// through a database connection of its own (a QSqlDatabase connection
// belongs to the thread that opened it), opened on its first job, and only
// reads: the request's move to `completed` is recorded by the processor on
// the main thread. Jobs run one after another, in the order given.
class ExportWorker : public QObject
{
    Q_OBJECT
public:
    // `databaseLocation` and `databasePassword` as Database::open() takes
    // them; archives go to `directory`, hashed in parts of `partSizes` too.
    // While `interactive` has work in flight, the build pauses between its
    // steps, each time for at most kPauseMs (null: it never pauses).
    ExportWorker(QString databaseLocation, QString databasePassword, QString directory,
                 QList<qint64> partSizes = {}, const InteractiveWork *interactive = nullptr);
    ~ExportWorker() override;

    // failed()'s kind when the archive could not be written (a full disk).
    static constexpr const char *kStorageFailure = "storage error";
    // The longest pause between two steps of a build (a batch of 1,000 rows
    // takes a few ms of CPU): under a steady stream of pages the build goes
    // on at a few percent of its speed instead of stopping, and at full
    // speed once the pages stop. 50 ms still left it 0.14 ms of CPU per
    // page answered (PostgreSQL, 100 connections).
    static constexpr int kPauseMs = 200;

    // Runs on the worker's thread; call through a queued invocation.
    void build(const pd::server::RequestRecord &request, qint64 nowMs);

Q_SIGNALS:
    void built(const QString &requestId, const QString &path, qint64 sizeBytes,
               const QString &sha256, const QJsonArray &partSets);
    // `kind` names the failure without quoting any data; `interrupted` when
    // the thread was asked to stop before the archive was done.
    void failed(const QString &requestId, const QString &kind, bool interrupted);

private:
    QString m_databaseLocation;
    QString m_databasePassword;
    QString m_directory;
    QList<qint64> m_partSizes;
    const InteractiveWork *m_interactive;
    std::unique_ptr<Database> m_db;
};

} // namespace pd::server
