#pragma once

#include "api/ApiRequest.h"
#include "cache/Document.h"
#include "common/ApiError.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace pd {

class ApiClient;
class ApiJob;
struct ApiResult;
class LocalStore;

// Keeps the JSON documents of small resources (profile, cookies, sessions,
// policy...) in the LocalStore's SQLite file (table `documents`), so a page
// shows the last copy at once, also offline, while refresh() fetches a new one
// in the background. The table is emptied together with the store: on
// LocalStore::aboutToWipe, before the wipe overwrites and vacuums the file;
// answers of refreshes started before a wipe or a change of API client are
// dropped.
//
// Lives on the UI thread (it uses the store's own connection).
class DocumentCache : public QObject
{
    Q_OBJECT
public:
    // Wall-clock time (UTC) recorded as a document's syncedAt; injected by tests.
    using WallClock = std::function<QDateTime()>;

    explicit DocumentCache(LocalStore *store, QObject *parent = nullptr);
    DocumentCache(LocalStore *store, WallClock clock, QObject *parent = nullptr);
    ~DocumentCache() override;

    // The client refresh() uses (not owned); null while no server is active.
    // Refreshes running on the previous client are cancelled.
    void setApiClient(ApiClient *client);
    ApiClient *apiClient() const;

    // The stored copy of `key`, nullopt when there is none (or the store is
    // closed).
    std::optional<Document> cached(const QString &key) const;

    // GETs `path` (relative to the API base, e.g. "/cookies") and, on success,
    // stores the answer under `key` and emits updated(key); on failure emits
    // failed(key, error). A refresh of a key that is already running is not
    // started twice: the running one answers.
    void refresh(const QString &key, const QString &path);
    void refresh(const QString &key, ApiRequest request);
    bool isRefreshing(const QString &key) const { return !m_running.value(key).isNull(); }
    // Cancels the running refresh of `key`; failed(key, cancelled) follows.
    void cancel(const QString &key);

    // Stores a copy the app received another way (e.g. the answer of a PUT
    // that returns the changed resource) and emits updated(key).
    bool store(const QString &key, const QJsonDocument &json, const QByteArray &etag = {});
    // Forgets `key` (e.g. after the server removed the resource).
    bool remove(const QString &key);

Q_SIGNALS:
    void updated(const QString &key);
    void failed(const QString &key, const pd::ApiError &error);
    // Every document was dropped (the store is about to be wiped).
    void cleared();

private:
    bool ensureTable() const;
    bool write(const QString &key, const Document &document);
    void onFinished(const QString &key, quint64 generation, const ApiResult &result);
    void failLater(const QString &key, const ApiError &error);
    void cancelAll();
    void clear();

    QPointer<LocalStore> m_store;
    QPointer<ApiClient> m_api;
    WallClock m_clock;
    QHash<QString, QPointer<ApiJob>> m_running;
    // Bumped on every wipe and client change: older answers are dropped.
    quint64 m_generation = 0;
    mutable bool m_tableReady = false;
};

} // namespace pd
