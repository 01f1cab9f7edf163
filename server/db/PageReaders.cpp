#include "PageReaders.h"

#include "Database.h"

#include <QPromise>
#include <QScopeGuard>
#include <QThread>
#include <QThreadStorage>

#include <exception>
#include <memory>

namespace pd::server {

namespace {

// Each pool thread's connection, closed by QThreadStorage on that thread
// when the thread ends (the pool's threads never expire before the pool).
QThreadStorage<Database *> &connections()
{
    static QThreadStorage<Database *> storage;
    return storage;
}

} // namespace

PageReaders::PageReaders(QString location, QString password, int threads)
    : m_location(std::move(location))
    , m_password(std::move(password))
{
    m_pool.setMaxThreadCount(threads > 0 ? threads : qMax(1, QThread::idealThreadCount()));
    m_pool.setExpiryTimeout(-1);
}

PageReaders::~PageReaders()
{
    m_pool.waitForDone();
}

QFuture<QByteArray> PageReaders::run(std::function<QByteArray(const Database &)> read)
{
    auto promise = std::make_shared<QPromise<QByteArray>>();
    QFuture<QByteArray> future = promise->future();
    promise->start();
    m_inFlight.begin();
    m_pool.start([this, promise, read = std::move(read)] {
        const auto ended = qScopeGuard([this] { m_inFlight.end(); });
        if (promise->isCanceled()) { // the client left meanwhile
            promise->finish();
            return;
        }
        try {
            if (!connections().hasLocalData()) {
                QString error;
                std::unique_ptr<Database> db = Database::open(m_location, &error, m_password);
                if (!db) // the database is away (a restart): the client retries
                    throw DatabaseUnavailable(error.toStdString());
                connections().setLocalData(db.release());
            }
            promise->addResult(read(*connections().localData()));
        } catch (...) {
            promise->setException(std::current_exception());
        }
        promise->finish();
    });
    return future;
}

} // namespace pd::server
