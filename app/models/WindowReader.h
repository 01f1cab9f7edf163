#pragma once

#include "models/CacheTableModel.h"
#include "models/CacheTableSpec.h"
#include "models/LoadedWindows.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace pd {

// Reads windows of a cache table's rows on a thread of its own, with its
// own connection to the cache file (WAL lets it read while the UI thread
// and the sync use theirs), so that a CacheTableModel holds the rows a view
// is about to show before the view asks for them: scrolling then does not
// wait for the disk on the UI thread (a 200-row window takes a few
// milliseconds to read, more when its pages are not cached). Reads run one
// at a time in the order asked, a taken one first. The thread and its
// connection live from the first read until stop() or the reader's end.
class WindowReader : public QObject
{
    Q_OBJECT
public:
    using Rows = QList<LoadedWindows::Row>;
    struct Result {
        Rows rows;
        QString error; // a developer detail; empty when the read succeeded
    };

    WindowReader(QString databasePath, CacheTableSpec spec, QObject *parent = nullptr);
    // Drops queued reads and waits for a running one.
    ~WindowReader() override;

    // Reads the rows of `parts` (statements whose rows follow each other),
    // at most `limit` of them; ready(id) follows unless cancelled first.
    // An `urgent` read (rows a view shows now) runs before those queued.
    quint64 start(QList<CacheTableModel::Query> parts, int limit, bool urgent = false);
    // Moves queued read `id` before the others.
    void hurry(quint64 id);
    bool isReady(quint64 id) const;
    // The result of read `id`, waiting for it when it is still queued
    // (then it runs next) or running; nullopt when it was cancelled or
    // taken already.
    std::optional<Result> take(quint64 id);
    void cancel(quint64 id);
    void cancelAll();
    // Cancels every read, ends the thread and closes its connection (before
    // a wipe: the file's log is emptied only once no reader is open); the
    // next start() opens another.
    void stop();

    // Reads `parts` on `database` as the thread does (the model's own reads
    // on the UI thread use it too), at most `limit` rows; empty and *error
    // when a statement failed.
    static Rows read(const QSqlDatabase &database, const CacheTableSpec &spec,
                     const QList<CacheTableModel::Query> &parts, int limit, QString *error);

Q_SIGNALS:
    // Read `id` is done: take() returns at once.
    void ready(quint64 id);

private:
    struct Shared;
    void run();

    QString m_path;
    CacheTableSpec m_spec;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr; // a child; running between start() and stop()
};

} // namespace pd
