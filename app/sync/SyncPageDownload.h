#pragma once

#include "net/HttpExchange.h"
#include "sync/SyncPageSource.h"

#include <QByteArray>
#include <QObject>

namespace pd {

// One page's transfer for HttpSyncPageSource. The body goes to a sink as it
// arrives once one is attached; what arrives before (a prefetched page
// nobody asked for yet) is kept until then. Every byte counts toward the
// cap, kept or handed on, and the transfer stops there: a page costs the
// sink's memory, never the page's size.
class SyncPageDownload : public QObject
{
    Q_OBJECT

public:
    // The exchange streams (its options' body mode is set here); `maxBytes`
    // caps the body.
    SyncPageDownload(HttpExchange::Options options, HttpExchange::Request request, qint64 maxBytes);

    void start();
    // Stops the transfer without finished() or the sink hearing of it
    // again, and deletes the download later.
    void discard();
    // The body from now on goes to `sink`, the bytes kept so far first
    // (right away). Without a sink the body is kept whole for reply().
    void attach(SyncPageSource::BodySink sink);
    bool isAttached() const { return m_attached; }
    bool isFinished() const { return m_finished; }
    // After finished(): how it went; `body` holds what no sink took.
    const SyncPageReply &reply() const { return m_reply; }
    // The body's last bytes, where a page's next_cursor is.
    const QByteArray &tail() const { return m_tail; }

Q_SIGNALS:
    // Once; possibly before a sink is attached.
    void finished();

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    // false when the page was stopped (too large, refused).
    bool take(QByteArray bytes);
    void refuse(const ApiError &error);

    HttpExchange *m_exchange; // a child
    qint64 m_maxBytes;
    qint64 m_received = 0;
    SyncPageSource::BodySink m_sink;
    bool m_attached = false;
    bool m_finished = false;
    SyncPageReply m_reply;
    QByteArray m_tail;
};

} // namespace pd
