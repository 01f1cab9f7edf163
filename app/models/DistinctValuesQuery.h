#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QThread;

namespace pd {

class StartupGate;

// Reads which values some columns of a cache table hold (SELECT DISTINCT), on
// a worker thread with its own connection to the cache file: over a million
// rows that takes long enough to stall the UI. A run asked for while one is
// going starts once it ends.
class DistinctValuesQuery : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxValues = 100;

    // A run asked for while `gate` is held starts when it opens; none: at
    // once.
    DistinctValuesQuery(QString databasePath, QString table, StartupGate *gate = nullptr,
                        QObject *parent = nullptr);
    ~DistinctValuesQuery() override;

    void run(const QStringList &fields);
    // Also while it waits for the start-up gate (StartupGate).
    bool isRunning() const { return m_waiting || !m_thread.isNull(); }

Q_SIGNALS:
    // Values per field, in SQLite's order; a field that failed is missing.
    void finished(const QHash<QString, QStringList> &values);

private:
    void start(const QStringList &fields);

    QString m_path;
    QString m_table;
    QPointer<StartupGate> m_gate;
    QPointer<QThread> m_thread;
    QStringList m_pending;
    bool m_rerun = false;
    bool m_waiting = false;
};

} // namespace pd
