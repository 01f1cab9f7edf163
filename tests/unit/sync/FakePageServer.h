#pragma once

#include "sync/SyncPageSource.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QThread>

#include <memory>

// An in-memory stand-in for the list endpoints, shared between the test and
// the sync thread. Pages are newest first; cursors are "page:<offset>".
class FakePageServer
{
public:
    struct Seen {
        pd::SyncPageRequest request;
        QThread *thread = nullptr;
    };

    // Items of `apiPath`, any order; `timeField` names their time member.
    void setItems(const QString &apiPath, const QString &timeField, QList<QJsonObject> items);
    void addItems(const QString &apiPath, const QList<QJsonObject> &items);
    // The next requests fail with these errors, in order.
    void failNext(const QList<pd::ApiError> &errors);
    void refuseCursor(const QString &cursor);

    pd::SyncPageReply answer(const pd::SyncPageRequest &request);
    QList<Seen> seen() const;

    // A source for the sync thread; answers asynchronously on that thread.
    std::unique_ptr<pd::SyncPageSource> createSource();

private:
    mutable QMutex m_mutex;
    QMap<QString, QString> m_timeFields;
    QMap<QString, QList<QJsonObject>> m_items;
    QList<pd::ApiError> m_failures;
    QStringList m_refusedCursors;
    QList<Seen> m_seen;
};

// Visits with distinct ids and timestamps one minute apart, newest first:
// visit `first` is the newest.
QList<QJsonObject> makeVisits(int count, int first = 0, const QString &title = {});
