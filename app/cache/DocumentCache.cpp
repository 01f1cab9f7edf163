#include "cache/DocumentCache.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "cache/CacheLog.h"
#include "common/ApiResult.h"
#include "store/LocalStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

QDateTime systemClock()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

DocumentCache::DocumentCache(LocalStore *store, QObject *parent)
    : DocumentCache(store, WallClock(), parent)
{}

DocumentCache::DocumentCache(LocalStore *store, WallClock clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock ? std::move(clock) : WallClock(systemClock))
{
    qRegisterMetaType<ApiError>();
    if (store) {
        // Direct connections: the rows must be gone before the wipe's
        // transaction starts (it overwrites deleted rows and vacuums).
        connect(store, &LocalStore::aboutToWipe, this, &DocumentCache::clear, Qt::DirectConnection);
        connect(
            store, &LocalStore::wiped, this, [this] { m_tableReady = false; },
            Qt::DirectConnection);
    }
}

DocumentCache::~DocumentCache()
{
    ++m_generation;
    const auto running = m_running;
    m_running.clear();
    for (const QPointer<ApiJob> &job : running) {
        if (job)
            job->cancel();
    }
}

void DocumentCache::setApiClient(ApiClient *client)
{
    if (client == m_api)
        return;
    cancelAll();
    m_api = client;
}

ApiClient *DocumentCache::apiClient() const
{
    return m_api;
}

bool DocumentCache::ensureTable() const
{
    if (m_tableReady)
        return true;
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlQuery query(m_store->database());
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS documents ("
                                   " key TEXT PRIMARY KEY NOT NULL,"
                                   " json TEXT NOT NULL,"
                                   " etag TEXT,"
                                   " synced_at INTEGER NOT NULL)"))) {
        qCWarning(lcDocuments) << "cannot create the documents table:" << query.lastError().text();
        return false;
    }
    m_tableReady = true;
    return true;
}

std::optional<Document> DocumentCache::cached(const QString &key) const
{
    if (!ensureTable())
        return std::nullopt;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT json, etag, synced_at FROM documents WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        qCWarning(lcDocuments) << "cannot read a document:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Document document;
    QJsonParseError error;
    document.json = QJsonDocument::fromJson(query.value(0).toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    document.etag = query.value(1).toByteArray();
    document.syncedAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    return document;
}

void DocumentCache::refresh(const QString &key, const QString &path)
{
    refresh(key, ApiRequest::get(path));
}

void DocumentCache::refresh(const QString &key, ApiRequest request)
{
    if (m_running.value(key))
        return;
    if (!m_api) {
        ApiError error = ApiError::network(QStringLiteral("no server is active"));
        error.setUserMessage(tr("Not connected to a server: sign in to get the latest data."));
        failLater(key, error);
        return;
    }
    ApiJob *job = m_api->send(std::move(request));
    m_running.insert(key, job);
    const quint64 generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, key, generation](const ApiResult &result) {
        onFinished(key, generation, result);
    });
    // A job destroyed unfinished (its client went away before setApiClient()
    // was told) never answers: end the refresh, or its listeners (a dialog
    // waiting to submit) would wait forever and no refresh of the key could
    // start again. A job that answered was removed by onFinished() first.
    connect(job, &QObject::destroyed, this, [this, key, generation] {
        if (generation != m_generation || !m_running.contains(key) || m_running.value(key))
            return;
        m_running.remove(key);
        Q_EMIT failed(key, ApiError::cancelled());
    });
}

void DocumentCache::cancel(const QString &key)
{
    if (const QPointer<ApiJob> job = m_running.value(key))
        job->cancel();
}

void DocumentCache::onFinished(const QString &key, quint64 generation, const ApiResult &result)
{
    // An answer to a refresh of an earlier generation (before a wipe or a
    // change of client): cancelAll() already ended it with failed(cancelled),
    // and a newer refresh of the key may be running.
    if (generation != m_generation)
        return;
    m_running.remove(key);
    if (!result.ok()) {
        Q_EMIT failed(key, *result.error);
        return;
    }
    if (!result.json.isObject() && !result.json.isArray()) {
        Q_EMIT failed(key,
                      ApiError::malformed(QStringLiteral("the answer is not a JSON document")));
        return;
    }
    Document document{result.json, m_clock(), result.header("ETag")};
    if (!write(key, document)) {
        ApiError error(ApiError::Kind::Malformed, QStringLiteral("the cache could not store it"));
        error.setUserMessage(tr("The data arrived but could not be saved on this computer."));
        Q_EMIT failed(key, error);
        return;
    }
    Q_EMIT updated(key);
}

bool DocumentCache::write(const QString &key, const Document &document)
{
    if (!ensureTable())
        return false;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO documents (key, json, etag, synced_at)"
                                 " VALUES (?, ?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(QString::fromUtf8(document.json.toJson(QJsonDocument::Compact)));
    query.addBindValue(document.etag.isEmpty() ? QVariant()
                                               : QVariant(QString::fromLatin1(document.etag)));
    query.addBindValue(document.syncedAt.toMSecsSinceEpoch());
    if (!query.exec()) {
        qCWarning(lcDocuments) << "cannot store a document:" << query.lastError().text();
        return false;
    }
    return true;
}

bool DocumentCache::store(const QString &key, const QJsonDocument &json, const QByteArray &etag)
{
    if (!write(key, Document{json, m_clock(), etag}))
        return false;
    Q_EMIT updated(key);
    return true;
}

bool DocumentCache::remove(const QString &key)
{
    if (!ensureTable())
        return false;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("DELETE FROM documents WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        qCWarning(lcDocuments) << "cannot remove a document:" << query.lastError().text();
        return false;
    }
    return true;
}

void DocumentCache::failLater(const QString &key, const ApiError &error)
{
    QMetaObject::invokeMethod(
        this, [this, key, error] { Q_EMIT failed(key, error); }, Qt::QueuedConnection);
}

void DocumentCache::cancelAll()
{
    ++m_generation;
    const auto running = m_running;
    m_running.clear();
    for (auto it = running.cbegin(); it != running.cend(); ++it) {
        if (it.value())
            it.value()->cancel();
        Q_EMIT failed(it.key(), ApiError::cancelled());
    }
}

void DocumentCache::clear()
{
    cancelAll();
    if (!ensureTable())
        return;
    QSqlQuery query(m_store->database());
    if (!query.exec(QStringLiteral("DELETE FROM documents")))
        qCWarning(lcDocuments) << "cannot empty the documents table:" << query.lastError().text();
    query.finish();
    qCInfo(lcDocuments) << "documents cleared for the wipe";
    Q_EMIT cleared();
}

} // namespace pd
