#include "models/DistinctValuesQuery.h"

#include "core/StartupGate.h"
#include "store/StoreConnection.h"

#include <QSqlQuery>
#include <QThread>

#include <memory>

namespace pd {

DistinctValuesQuery::DistinctValuesQuery(QString databasePath, QString table, StartupGate *gate,
                                         QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_table(std::move(table))
    , m_gate(gate)
{}

DistinctValuesQuery::~DistinctValuesQuery()
{
    // The worker reads the file with its own connection: let it finish.
    if (m_thread)
        m_thread->wait();
}

void DistinctValuesQuery::run(const QStringList &fields)
{
    m_pending = fields;
    if (m_thread) {
        m_rerun = true;
        return;
    }
    // Waiting for the gate: it starts with the newest fields.
    if (m_waiting)
        return;
    m_waiting = true;
    StartupGate::runOn(m_gate, this, [this] {
        m_waiting = false;
        start(m_pending);
    });
}

void DistinctValuesQuery::start(const QStringList &fields)
{
    auto values = std::make_shared<QHash<QString, QStringList>>();
    QThread *thread = QThread::create([path = m_path, table = m_table, fields, values] {
        QString error;
        const std::unique_ptr<StoreConnection> connection =
            StoreConnection::open(path, StoreConnection::Mode::BulkIngest, &error);
        if (!connection)
            return;
        for (const QString &field : fields) {
            QSqlQuery query(connection->database());
            query.setForwardOnly(true);
            // `table` and `field` are the app's own identifiers, never input.
            if (!query.exec(QStringLiteral("SELECT DISTINCT ") + field + QStringLiteral(" FROM ") +
                            table + QStringLiteral(" WHERE ") + field +
                            QStringLiteral(" IS NOT NULL LIMIT ") + QString::number(kMaxValues)))
                continue;
            QStringList found;
            while (query.next())
                found << query.value(0).toString();
            values->insert(field, found);
        }
    });
    m_thread = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, values] {
        m_thread.clear();
        Q_EMIT finished(*values);
        if (std::exchange(m_rerun, false))
            run(m_pending);
    });
    thread->start(QThread::LowPriority);
}

} // namespace pd
