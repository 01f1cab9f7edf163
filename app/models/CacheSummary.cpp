#include "models/CacheSummary.h"

#include "core/StartupGate.h"
#include "models/ModelsLog.h"
#include "store/LocalStore.h"
#include "store/StoreConnection.h"
#include "store/SyncStateStore.h"
#include "sync/SyncCategory.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

CacheSummary::CacheSummary(LocalStore *store, StartupGate *gate, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_gate(gate)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    // One read at a time: a newer one waits for (and supersedes) the next.
    m_pool.setMaxThreadCount(1);
    if (store) {
        // Figures of the wiped account must not outlive it.
        connect(store, &LocalStore::aboutToWipe, this, [this] {
            ++*m_generation;
            m_pool.clear();
            m_refreshing = false;
            show({});
        });
        connect(store, &LocalStore::wiped, this, &CacheSummary::refresh);
    }
}

CacheSummary::~CacheSummary()
{
    ++*m_generation;
    m_pool.clear();
    m_pool.waitForDone();
}

QStringList CacheSummary::categories()
{
    QStringList names;
    for (const SyncCategory &category : SyncCategory::all())
        names << category.name;
    return names;
}

void CacheSummary::refresh()
{
    const quint64 generation = ++*m_generation;
    m_pool.clear(); // reads still queued are superseded anyway
    if (!m_store || !m_store->isOpen()) {
        m_refreshing = false;
        show({});
        return;
    }
    m_refreshing = true;
    // The destructor waits for the pool, so the summary outlives the task; a
    // result posted just before it goes is discarded with its event.
    CacheSummary *summary = this;
    std::shared_ptr<std::atomic<quint64>> latest = m_generation;
    auto read = [summary, latest, generation, path = m_store->path()] {
        if (*latest != generation)
            return;
        Figures figures = readNow(path);
        if (*latest != generation)
            return;
        QMetaObject::invokeMethod(
            summary,
            [summary, latest, generation, figures = std::move(figures)]() mutable {
                if (*latest != generation)
                    return;
                summary->m_refreshing = false;
                summary->show(std::move(figures));
            },
            Qt::QueuedConnection);
    };
    // A newer refresh or a wipe while it waits makes the read a no-op.
    StartupGate::runOn(m_gate, this, [this, read = std::move(read)] { m_pool.start(read); });
}

qint64 CacheSummary::count(const QString &category) const
{
    return m_figures.counts.value(category, -1);
}

QString CacheSummary::lastSyncedAt(const QString &category) const
{
    return m_figures.lastSynced.value(category);
}

QString CacheSummary::lastSyncedAtAny() const
{
    QString newest;
    for (const QString &completed : m_figures.lastSynced) {
        if (completed > newest)
            newest = completed; // RFC 3339 UTC strings sort as text
    }
    return newest;
}

CacheSummary::Figures CacheSummary::readNow(const QString &databasePath)
{
    QString error;
    const std::unique_ptr<StoreConnection> connection =
        StoreConnection::open(databasePath, StoreConnection::Mode::Normal, &error);
    if (!connection) {
        qCWarning(lcModels).noquote() << "cache summary not read:" << error;
        return {};
    }
    Figures figures;
    bool ok = true;
    { // no handle on the connection may outlive it
        QSqlDatabase db = connection->database();
        // One read transaction: counts and sync times of the same moment.
        db.transaction();
        for (const SyncCategory &category : SyncCategory::all()) {
            QSqlQuery query(db);
            // The name is the app's own table name, never input.
            ok =
                query.exec(QStringLiteral("SELECT count(*) FROM ") + category.name) && query.next();
            if (!ok) {
                qCWarning(lcModels).noquote()
                    << "cache summary not read:" << query.lastError().text();
                break;
            }
            figures.counts.insert(category.name, query.value(0).toLongLong());
            figures.lastSynced.insert(category.name,
                                      SyncStateStore(db).load(category.name).lastCompleteAt);
        }
        db.rollback(); // nothing was written
    }
    if (!ok)
        return {};
    figures.read = true;
    return figures;
}

void CacheSummary::show(Figures figures)
{
    m_figures = std::move(figures);
    Q_EMIT changed();
}

} // namespace pd
