#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace pd {

class LocalStore;
class StartupGate;

// How many rows of each kind of data the local cache holds and when the sync
// of each kind last completed, for an overview. Read off the UI thread on its
// own connection (WAL lets it read while the UI and the sync use theirs): a
// COUNT over a million rows takes long enough to stall the UI. Reads again
// by itself after a wipe; call refresh() after a sync stored rows.
class CacheSummary : public QObject
{
    Q_OBJECT
public:
    // A read asked for while `gate` is held starts when it opens; none: at
    // once.
    explicit CacheSummary(LocalStore *store, StartupGate *gate = nullptr,
                          QObject *parent = nullptr);
    // Drops a queued read and waits for a running one.
    ~CacheSummary() override;

    // The kinds of cached data: the sync categories ("visits", "messages",
    // "logs", "third_party_records").
    static QStringList categories();

    // Reads the figures again; changed() follows. Only the newest read
    // reports; the figures read before stay until it does.
    void refresh();
    bool isRefreshing() const { return m_refreshing; }
    // Whether figures were read (since the last wipe); false while the store
    // is closed or the read failed.
    bool hasFigures() const { return m_figures.read; }

    // Rows of `category` in the cache; -1 when not known.
    qint64 count(const QString &category) const;
    // When the sync of `category` last walked to its end (RFC 3339 UTC);
    // empty when it never did or it is not known.
    QString lastSyncedAt(const QString &category) const;
    // The newest lastSyncedAt() of every category; empty when none completed.
    QString lastSyncedAtAny() const;

Q_SIGNALS:
    // New figures, or none (hasFigures() false) after a failed read.
    void changed();

private:
    struct Figures {
        bool read = false;
        QHash<QString, qint64> counts;
        QHash<QString, QString> lastSynced;
    };
    // What a refresh runs on the pool, on that thread's own connection.
    static Figures readNow(const QString &databasePath);
    void show(Figures figures);

    QPointer<LocalStore> m_store;
    QPointer<StartupGate> m_gate;
    Figures m_figures;
    bool m_refreshing = false;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    QThreadPool m_pool;
};

} // namespace pd
