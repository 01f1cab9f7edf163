#include "cache/CachedDocument.h"

#include "cache/DocumentCache.h"

namespace pd {

CachedDocument::CachedDocument(DocumentCache *cache, QString key, ApiRequest request,
                               QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_key(std::move(key))
    , m_request(std::move(request))
{
    if (cache) {
        connect(cache, &DocumentCache::updated, this, &CachedDocument::onUpdated);
        connect(cache, &DocumentCache::failed, this, &CachedDocument::onFailed);
        connect(cache, &DocumentCache::cleared, this, &CachedDocument::onCleared);
    }
}

void CachedDocument::load()
{
    if (m_cache) {
        if (std::optional<Document> copy = m_cache->cached(m_key)) {
            m_document = std::move(copy);
            Q_EMIT changed();
        }
    }
    refresh();
}

void CachedDocument::refresh()
{
    if (!m_cache) {
        ApiError error = ApiError::network(QStringLiteral("no document cache"));
        error.setUserMessage(tr("Not connected to a server: sign in to get the latest data."));
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT refreshFailed(error); }, Qt::QueuedConnection);
        return;
    }
    setRefreshing(true);
    m_cache->refresh(m_key, m_request);
}

void CachedDocument::cancel()
{
    if (m_cache)
        m_cache->cancel(m_key);
}

void CachedDocument::store(const QJsonDocument &json)
{
    if (m_cache && m_cache->store(m_key, json))
        return; // onUpdated() takes the stored copy
    // Not storable (no cache, or the store failed): show it all the same.
    m_document = Document{json, QDateTime::currentDateTimeUtc(), {}};
    Q_EMIT changed();
}

void CachedDocument::setRefreshing(bool refreshing)
{
    if (m_refreshing == refreshing)
        return;
    m_refreshing = refreshing;
    Q_EMIT refreshingChanged(refreshing);
}

void CachedDocument::onUpdated(const QString &key)
{
    if (key != m_key)
        return;
    if (std::optional<Document> copy = m_cache->cached(m_key))
        m_document = std::move(copy);
    setRefreshing(m_cache->isRefreshing(m_key));
    Q_EMIT changed();
}

void CachedDocument::onFailed(const QString &key, const ApiError &error)
{
    if (key != m_key)
        return;
    setRefreshing(false);
    Q_EMIT refreshFailed(error);
}

void CachedDocument::onCleared()
{
    if (!m_document)
        return;
    m_document.reset();
    Q_EMIT changed();
}

} // namespace pd
