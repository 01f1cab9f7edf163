#include "models/MatchCounter.h"

#include "core/StartupGate.h"
#include "store/StoreConnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

MatchCounter::MatchCounter(StartupGate *gate, QObject *parent)
    : QObject(parent)
    , m_gate(gate)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    // One count at a time: a newer one waits for (and supersedes) the next.
    m_pool.setMaxThreadCount(1);
}

MatchCounter::~MatchCounter()
{
    cancel();
    m_pool.clear();
    m_pool.waitForDone();
}

void MatchCounter::cancel()
{
    ++*m_generation;
}

void MatchCounter::start(const QString &databasePath, const CacheTableModel::Query &query)
{
    const quint64 generation = ++*m_generation;
    m_pool.clear(); // counts still queued are superseded anyway
    // The destructor waits for the pool, so the counter outlives the task; a
    // result posted just before it goes is discarded with its event.
    MatchCounter *counter = this;
    std::shared_ptr<std::atomic<quint64>> latest = m_generation;
    auto task = [counter, latest, generation, databasePath, query] {
        if (*latest != generation)
            return;
        QString error;
        const qint64 count = countNow(databasePath, query, &error);
        if (*latest != generation)
            return;
        QMetaObject::invokeMethod(
            counter,
            [counter, latest, generation, count, error] {
                if (*latest == generation)
                    Q_EMIT counter->counted(count, error);
            },
            Qt::QueuedConnection);
    };
    // A newer start or a cancel() while it waits makes the count a no-op.
    StartupGate::runOn(m_gate, this, [this, task = std::move(task)] { m_pool.start(task); });
}

qint64 MatchCounter::countNow(const QString &databasePath, const CacheTableModel::Query &count,
                              QString *error)
{
    std::unique_ptr<StoreConnection> connection =
        StoreConnection::open(databasePath, StoreConnection::Mode::Normal, error);
    if (!connection)
        return -1;
    if (!count.hitsFunction.isEmpty() &&
        !CacheTableFilter::registerHitsFunction(connection->handle(), count.hitsFunction,
                                                count.hits)) {
        *error = QStringLiteral("the search's hits could not be counted");
        return -1;
    }
    qint64 result = -1;
    {
        QSqlQuery query(connection->database());
        if (!query.prepare(count.sql)) {
            *error = query.lastError().text();
            return -1;
        }
        for (const QVariant &bind : count.binds)
            query.addBindValue(bind);
        if (query.exec() && query.next())
            result = query.value(0).toLongLong();
        else
            *error = query.lastError().text();
    }
    return result;
}

} // namespace pd
