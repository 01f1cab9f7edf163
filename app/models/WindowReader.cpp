#include "models/WindowReader.h"

#include "models/ModelsLog.h"
#include "store/SqliteHandle.h"
#include "store/StoreConnection.h"

#include <QDateTime>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <set>

#include <sqlite3.h>

namespace pd {

namespace {

// A bound value as QtSql's SQLite driver binds it (the keys read back are
// compared with the stored ones, so they must bind the same way).
int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.metaType().id()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(),
                                   sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(),
                                   int(text.size() * qsizetype(sizeof(QChar))), SQLITE_TRANSIENT);
    }
    }
}

QString text16(sqlite3_stmt *statement, int column)
{
    const auto *chars = static_cast<const QChar *>(sqlite3_column_text16(statement, column));
    return QString(chars, sqlite3_column_bytes16(statement, column) / qsizetype(sizeof(QChar)));
}

// A column's value as QtSql's SQLite driver gives it.
QVariant value(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(statement, column);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                          sqlite3_column_bytes(statement, column));
    default:
        return text16(statement, column);
    }
}

// Appends the rows of `part` to `rows`, at most `limit` in all. Through
// SQLite's own API: QtSql copies each row's values into variants twice,
// which cost about as much as the query.
void readPart(sqlite3 *handle, const CacheTableSpec &spec, const CacheTableModel::Query &part,
              WindowReader::Rows *rows, int limit, QString *error)
{
    constexpr qsizetype kHeldChars = CacheTableModel::kHeldChars;
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = part.sql.toUtf8();
    int rc = sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr);
    for (int i = 0; rc == SQLITE_OK && i < part.binds.size(); ++i)
        rc = bind(statement, i + 1, part.binds.at(i));
    const int columns = int(spec.columns.size());
    while (rc == SQLITE_OK && rows->size() < limit) {
        const int step = sqlite3_step(statement);
        if (step == SQLITE_DONE)
            break;
        if (step != SQLITE_ROW) {
            rc = step;
            break;
        }
        LoadedWindows::Row row;
        row.key.rowId = sqlite3_column_int64(statement, 0);
        row.key.sortKey = value(statement, 2);
        row.values.reserve(columns + 1);
        QList<qsizetype> cutLengths;
        int textColumn = 0;
        for (int i = 0; i < columns; ++i) {
            const int column = 3 + i;
            const CacheColumn::Kind kind = spec.columns.at(i).kind;
            if (sqlite3_column_type(statement, column) == SQLITE_NULL) {
                row.values.append(QVariant());
            } else if (kind == CacheColumn::Kind::Text) {
                // A character takes at most four bytes: a value of more
                // bytes than were read has more than kHeldChars characters.
                const auto *bytes =
                    static_cast<const char *>(sqlite3_column_blob(statement, column));
                QString text = QString::fromUtf8(bytes, sqlite3_column_bytes(statement, column));
                const int lengthColumn = 3 + columns + textColumn;
                const qsizetype length = sqlite3_column_type(statement, lengthColumn) == SQLITE_NULL
                                             ? text.size()
                                             : sqlite3_column_int64(statement, lengthColumn);
                if (length > kHeldChars) {
                    cutLengths.resize(columns, -1);
                    cutLengths[i] = length;
                }
                if (text.size() > kHeldChars)
                    text.truncate(text.at(kHeldChars - 1).isHighSurrogate() ? kHeldChars - 1
                                                                            : kHeldChars);
                row.values.append(text);
            } else if (kind == CacheColumn::Kind::Timestamp) {
                row.values.append(
                    QDateTime::fromString(text16(statement, column), Qt::ISODateWithMs));
            } else {
                row.values.append(value(statement, column));
            }
            if (kind == CacheColumn::Kind::Text)
                ++textColumn;
        }
        row.values.append(value(statement, 1)); // the item id, for ItemIdRole
        if (!cutLengths.isEmpty())
            row.values.append(QVariant::fromValue(cutLengths));
        rows->append(std::move(row));
    }
    if (rc != SQLITE_OK) {
        *error = SqliteHandle::lastError(handle);
        qCWarning(lcModels) << "query on" << spec.table << "failed:" << *error;
    }
    sqlite3_finalize(statement);
}

} // namespace

struct WindowReader::Shared {
    struct Job {
        quint64 id = 0;
        QList<CacheTableModel::Query> parts;
        int limit = 0;
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Job> queue;
    std::set<quint64> wanted; // queued or running, not cancelled
    std::map<quint64, Result> done;
    quint64 lastId = 0;
    bool stopping = false;

    // Moves queued job `id` to the front (the mutex held).
    void hurry(quint64 id);
};

WindowReader::WindowReader(QString databasePath, CacheTableSpec spec, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_spec(std::move(spec))
    , m_shared(std::make_shared<Shared>())
{}

WindowReader::~WindowReader()
{
    stop();
}

quint64 WindowReader::start(QList<CacheTableModel::Query> parts, int limit, bool urgent)
{
    quint64 id = 0;
    {
        const std::lock_guard lock(m_shared->mutex);
        id = ++m_shared->lastId;
        if (urgent)
            m_shared->queue.push_front({id, std::move(parts), limit});
        else
            m_shared->queue.push_back({id, std::move(parts), limit});
        m_shared->wanted.insert(id);
    }
    m_shared->changed.notify_all();
    if (!m_thread) {
        m_thread = QThread::create([this] { run(); });
        m_thread->setObjectName(QStringLiteral("pd-window-reader"));
        m_thread->setParent(this);
        m_thread->start();
    }
    return id;
}

bool WindowReader::isReady(quint64 id) const
{
    const std::lock_guard lock(m_shared->mutex);
    return m_shared->done.count(id) > 0;
}

void WindowReader::Shared::hurry(quint64 id)
{
    const auto queued =
        std::find_if(queue.begin(), queue.end(), [id](const Job &job) { return job.id == id; });
    if (queued != queue.end() && queued != queue.begin()) {
        Job job = std::move(*queued);
        queue.erase(queued);
        queue.push_front(std::move(job));
    }
}

void WindowReader::hurry(quint64 id)
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->hurry(id);
}

std::optional<WindowReader::Result> WindowReader::take(quint64 id)
{
    std::unique_lock lock(m_shared->mutex);
    Shared &shared = *m_shared;
    if (!shared.done.count(id)) {
        if (!shared.wanted.count(id))
            return std::nullopt;
        // Asked for now: before the reads that are only ahead of need.
        shared.hurry(id);
        shared.changed.wait(lock,
                            [&] { return shared.done.count(id) || !shared.wanted.count(id); });
    }
    const auto it = shared.done.find(id);
    if (it == shared.done.end())
        return std::nullopt;
    Result result = std::move(it->second);
    shared.done.erase(it);
    return result;
}

void WindowReader::cancel(quint64 id)
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->wanted.erase(id);
    m_shared->done.erase(id);
    std::erase_if(m_shared->queue, [id](const Shared::Job &job) { return job.id == id; });
}

void WindowReader::cancelAll()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->wanted.clear();
    m_shared->done.clear();
    m_shared->queue.clear();
}

void WindowReader::stop()
{
    if (!m_thread)
        return;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->stopping = true;
        m_shared->wanted.clear();
        m_shared->done.clear();
        m_shared->queue.clear();
    }
    m_shared->changed.notify_all();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::lock_guard lock(m_shared->mutex);
    m_shared->stopping = false;
}

void WindowReader::run()
{
    // Opened on this thread, on its first read; closed when the thread ends.
    std::unique_ptr<StoreConnection> connection;
    QString openError;
    Shared &shared = *m_shared;
    for (;;) {
        Shared::Job job;
        {
            std::unique_lock lock(shared.mutex);
            shared.changed.wait(lock, [&] { return shared.stopping || !shared.queue.empty(); });
            if (shared.stopping)
                break;
            job = std::move(shared.queue.front());
            shared.queue.pop_front();
        }
        if (!connection && openError.isEmpty()) {
            connection = StoreConnection::open(m_path, StoreConnection::Mode::Normal, &openError);
            // A window is a few pages along an index; the store's 32 MiB page
            // cache would only add to the app's memory (bench_memory) what
            // the system's file cache holds anyway.
            if (connection &&
                !SqliteHandle::exec(connection->handle(), "PRAGMA cache_size = -2048", &openError))
                connection.reset();
        }
        Result result;
        if (connection)
            result.rows = read(connection->database(), m_spec, job.parts, job.limit, &result.error);
        else
            result.error = openError;
        {
            const std::lock_guard lock(shared.mutex);
            if (!shared.wanted.erase(job.id))
                continue; // cancelled meanwhile
            shared.done.emplace(job.id, std::move(result));
        }
        shared.changed.notify_all();
        const quint64 id = job.id;
        // Queued to this object's thread; dropped with the object.
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                if (isReady(id))
                    Q_EMIT ready(id);
            },
            Qt::QueuedConnection);
    }
}

WindowReader::Rows WindowReader::read(const QSqlDatabase &database, const CacheTableSpec &spec,
                                      const QList<CacheTableModel::Query> &parts, int limit,
                                      QString *error)
{
    Rows rows;
    sqlite3 *handle = SqliteHandle::of(database);
    if (!handle) {
        *error = QStringLiteral("the cache is not open");
        return {};
    }
    for (const CacheTableModel::Query &part : parts) {
        if (rows.size() >= limit)
            break;
        readPart(handle, spec, part, &rows, limit, error);
        if (!error->isEmpty())
            return {};
    }
    return rows;
}

} // namespace pd
