#include "export/ArchiveTransfer.h"

#include "api/ApiClient.h"
#include "export/ExportLog.h"
#include "export/PartialDownload.h"
#include "net/HttpExchange.h"

#include <QNetworkReply>
#include <QRegularExpression>

namespace pd {

namespace {

constexpr qint64 kMaxErrorBody = 64 * 1024;

struct ContentRange {
    qint64 first = -1;
    qint64 total = -1;
};

// "bytes a-b/size"
std::optional<ContentRange> parseContentRange(const QByteArray &value)
{
    static const QRegularExpression pattern(QStringLiteral("^bytes ([0-9]+)-([0-9]+)/([0-9]+)$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(value.trimmed()));
    if (!match.hasMatch())
        return std::nullopt;
    return ContentRange{match.captured(1).toLongLong(), match.captured(3).toLongLong()};
}

} // namespace

ArchiveTransfer::ArchiveTransfer(ApiClient *client, PartialDownload *part, Settings settings,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_part(part)
    , m_settings(std::move(settings))
{}

ArchiveTransfer::~ArchiveTransfer()
{
    abort();
}

void ArchiveTransfer::start(const QString &accessToken)
{
    HttpExchange::Options options = m_client->exchangeOptions();
    options.timeout = m_settings.stallTimeout;
    options.body = HttpExchange::Body::Stream;
    options.cap = JsonGuard::Limits{kMaxErrorBody, 64};
    options.readBufferSize = m_settings.readBufferSize;
    HttpExchange::Request request;
    request.url = m_settings.url;
    request.accept = "application/zip, application/problem+json";
    // Byte ranges and the announced size refer to the archive itself: the
    // exchange asks every answer for identity (no compressed transfer).
    request.bearerToken = accessToken.toUtf8();
    m_resumedFrom = m_part->size();
    if (m_resumedFrom > 0) {
        request.headers.append({"Range", "bytes=" + QByteArray::number(m_resumedFrom) + '-'});
        request.headers.append({"If-Range", m_part->etag()});
    }
    auto *exchange = new HttpExchange(std::move(options), std::move(request), this);
    m_exchange = exchange;
    qCInfo(lcExport) << "archive request" << exchange->requestId() << "from byte" << m_resumedFrom;
    connect(exchange, &HttpExchange::metaDataChanged, this, &ArchiveTransfer::onMetaData);
    connect(exchange, &HttpExchange::readyRead, this, &ArchiveTransfer::onReadyRead);
    connect(exchange, &HttpExchange::finished, this, &ArchiveTransfer::onFinished);
    exchange->start();
}

void ArchiveTransfer::abort()
{
    m_finished = true;
    if (HttpExchange *exchange = m_exchange) {
        m_exchange = nullptr;
        exchange->discard();
    }
}

void ArchiveTransfer::abortWith(Abort reason, std::optional<DownloadError> error)
{
    if (m_abort == Abort::None) {
        m_abort = reason;
        m_abortError = std::move(error);
    }
    if (m_exchange)
        m_exchange->abort(ApiError::cancelled());
}

void ArchiveTransfer::onMetaData()
{
    const QNetworkReply *reply = m_exchange ? m_exchange->reply() : nullptr;
    if (!reply)
        return;
    const int status = m_exchange->httpStatus();
    if (m_decided || status == 0 || (status >= 300 && status < 400))
        return;
    m_decided = true;
    m_status = status;
    const QByteArray etag = reply->rawHeader("ETag");
    QString why;
    if (status == 206) {
        const auto range = parseContentRange(reply->rawHeader("Content-Range"));
        if (m_resumedFrom == 0 || !range || range->first != m_resumedFrom ||
            range->total != m_settings.expectedSize ||
            (!etag.isEmpty() && etag != m_part->etag())) {
            qCInfo(lcExport) << "the server answered another range; starting from zero";
            return abortWith(Abort::Restart);
        }
    } else if (status == 200) {
        if (m_part->size() > 0) {
            qCInfo(lcExport) << "archive changed or ranges unsupported; starting from zero";
            m_resumedFrom = 0;
            if (!m_part->restart(&why))
                return abortWith(Abort::Error,
                                 DownloadError::fileSystem(why, QStringLiteral("truncate")));
        }
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() != m_settings.expectedSize)
            return abortWith(Abort::Error, DownloadError::sizeMismatch(m_settings.expectedSize,
                                                                       length.toLongLong()));
    } else {
        return; // an error: its body is read for the problem details
    }
    if (!m_part->setEtag(etag, &why))
        abortWith(Abort::Error, DownloadError::fileSystem(why, QStringLiteral("etag file")));
}

void ArchiveTransfer::onReadyRead()
{
    QNetworkReply *reply = m_exchange ? m_exchange->reply() : nullptr;
    if (!reply)
        return;
    if (!m_decided)
        onMetaData();
    if (m_abort != Abort::None)
        return;
    if (m_status != 200 && m_status != 206) {
        reply->skip(reply->bytesAvailable()); // another success: not an archive
        return;
    }
    m_maxBuffered = qMax(m_maxBuffered, reply->bytesAvailable());
    if (m_chunk.size() != m_settings.readBufferSize)
        m_chunk.resize(m_settings.readBufferSize);
    QString why;
    qint64 count = 0;
    while ((count = reply->read(m_chunk.data(), m_chunk.size())) > 0) {
        m_transferred += count;
        if (m_part->size() + count > m_settings.expectedSize)
            return abortWith(Abort::Error, DownloadError::sizeMismatch(m_settings.expectedSize,
                                                                       m_part->size() + count));
        if (!m_part->append(m_chunk.constData(), count, &why))
            return abortWith(Abort::Error, DownloadError::fileSystem(why, QStringLiteral("write")));
    }
    Q_EMIT bytesWritten();
}

void ArchiveTransfer::onFinished()
{
    HttpExchange *exchange = m_exchange;
    if (!exchange)
        return;
    m_exchange = nullptr;
    exchange->deleteLater();
    if (m_abort == Abort::Error && m_abortError)
        return finish(Outcome::Failed, m_abortError, false);
    if (m_abort == Abort::Restart || (m_status == 416 && m_resumedFrom > 0))
        return finish(Outcome::RestartFromZero);
    std::optional<ApiError> error = exchange->error();
    if (!error && m_status != 200 && m_status != 206)
        error = ApiError::http(m_status, QStringLiteral("unexpected status"));
    if (error) {
        if (error->isProblem(QLatin1String("unauthenticated")))
            return finish(Outcome::Unauthenticated, DownloadError::fromApi(*error));
        // 404: the archive is gone (expired), its .part can never be completed.
        const bool gone = error->httpStatus() == 404 || error->httpStatus() == 410;
        return finish(Outcome::Failed, DownloadError::fromApi(*error), !gone);
    }
    finish(Outcome::Complete);
}

void ArchiveTransfer::finish(Outcome outcome, std::optional<DownloadError> error, bool keepPart)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome = outcome;
    m_error = std::move(error);
    m_keepPart = keepPart;
    Q_EMIT finished();
}

} // namespace pd
