#include "sync/SyncPageDownload.h"

#include <QNetworkReply>

namespace pd {

namespace {

// Enough for any sane cursor after it; a longer one only costs the prefetch.
constexpr qsizetype kTailBytes = 4096;

} // namespace

SyncPageDownload::SyncPageDownload(HttpExchange::Options options, HttpExchange::Request request,
                                   qint64 maxBytes)
    : m_maxBytes(maxBytes)
{
    options.body = HttpExchange::Body::Stream;
    m_exchange = new HttpExchange(std::move(options), std::move(request), this);
    connect(m_exchange, &HttpExchange::metaDataChanged, this, &SyncPageDownload::onMetaDataChanged);
    connect(m_exchange, &HttpExchange::readyRead, this, &SyncPageDownload::onReadyRead);
    connect(m_exchange, &HttpExchange::finished, this, &SyncPageDownload::onFinished);
}

void SyncPageDownload::start()
{
    m_exchange->start();
}

void SyncPageDownload::discard()
{
    m_finished = true;
    m_sink = nullptr;
    disconnect(m_exchange, nullptr, this, nullptr);
    m_exchange->discard();
    deleteLater();
}

void SyncPageDownload::attach(SyncPageSource::BodySink sink)
{
    m_attached = true;
    if (!sink)
        return;
    m_sink = std::move(sink);
    if (m_reply.body.isEmpty())
        return;
    const QByteArray kept = std::exchange(m_reply.body, QByteArray());
    if (!m_sink(kept))
        refuse(SyncPageSource::refused());
}

void SyncPageDownload::onMetaDataChanged()
{
    // An announced size over the cap is refused before any of it comes.
    QNetworkReply *reply = m_exchange->reply();
    const int status = m_exchange->httpStatus();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (status >= 200 && status < 300 && length.isValid() && length.toLongLong() > m_maxBytes)
        refuse(ApiError::tooLarge(m_maxBytes));
}

void SyncPageDownload::onReadyRead()
{
    QNetworkReply *reply = m_exchange->reply();
    while (!m_finished && reply && reply->bytesAvailable() > 0) {
        if (!take(reply->read(reply->bytesAvailable())))
            return;
    }
}

bool SyncPageDownload::take(QByteArray bytes)
{
    m_received += bytes.size();
    if (m_received > m_maxBytes) {
        refuse(ApiError::tooLarge(m_maxBytes));
        return false;
    }
    if (bytes.size() >= kTailBytes) {
        m_tail = bytes.right(kTailBytes);
    } else {
        m_tail += bytes;
        m_tail.remove(0, qMax<qsizetype>(0, m_tail.size() - kTailBytes));
    }
    if (!m_sink) {
        m_reply.body += bytes;
        return true;
    }
    if (m_sink(bytes))
        return true;
    refuse(SyncPageSource::refused());
    return false;
}

void SyncPageDownload::refuse(const ApiError &error)
{
    if (!m_finished) {
        m_exchange->abort(error); // finished() follows
        return;
    }
    // Refused after the transfer ended (a kept body its sink did not take).
    m_reply.ok = false;
    m_reply.error = error;
    m_reply.body.clear();
}

void SyncPageDownload::onFinished()
{
    m_finished = true;
    const int status = m_exchange->httpStatus();
    if (m_exchange->error()) {
        m_reply.error = *m_exchange->error();
    } else if (status != 200) {
        m_reply.error = ApiError::http(status, QStringLiteral("unexpected status"));
    } else {
        m_reply.ok = true;
    }
    if (!m_reply.ok)
        m_reply.body.clear();
    Q_EMIT finished();
}

} // namespace pd
