#pragma once

#include "api/ApiRequest.h"
#include "cache/Document.h"
#include "common/ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

namespace pd {

class DocumentCache;

// One document of the DocumentCache as a page sees it: load() shows the
// stored copy at once (changed()) and refreshes it in the background;
// changed() follows every new copy, refreshFailed() a refresh that did not
// bring one (the old copy, if any, stays).
class CachedDocument : public QObject
{
    Q_OBJECT
public:
    // `cache` is not owned and may be null (then every refresh fails).
    CachedDocument(DocumentCache *cache, QString key, ApiRequest request,
                   QObject *parent = nullptr);

    const QString &key() const { return m_key; }
    // Takes the stored copy (emitting changed() when there is one), then
    // refreshes.
    void load();
    void refresh();
    // Stops a running refresh (refreshFailed() with a Cancelled error follows).
    void cancel();
    bool isRefreshing() const { return m_refreshing; }

    bool hasCopy() const { return m_document.has_value(); }
    // The copy; an empty document when there is none.
    Document document() const { return m_document.value_or(Document{}); }
    QJsonObject object() const { return m_document ? m_document->json.object() : QJsonObject(); }
    // Replaces the copy with one the app received another way (the answer of
    // a change): stored in the cache, changed() follows.
    void store(const QJsonDocument &json);

Q_SIGNALS:
    void changed();
    void refreshingChanged(bool refreshing);
    void refreshFailed(const pd::ApiError &error);

private:
    void setRefreshing(bool refreshing);
    void onUpdated(const QString &key);
    void onFailed(const QString &key, const pd::ApiError &error);
    void onCleared();

    QPointer<DocumentCache> m_cache;
    QString m_key;
    ApiRequest m_request;
    std::optional<Document> m_document;
    bool m_refreshing = false;
};

} // namespace pd
