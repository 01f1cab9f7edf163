#include "export/ArchiveTransfer.h"

#include "api/ApiClient.h"
#include "api/JsonGuard.h"
#include "api/ReplyErrors.h"
#include "export/ExportLog.h"
#include "export/PartialDownload.h"
#include "net/SecureRequest.h"
#include "net/TimerSource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUuid>

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
    , m_stallTimer(client->timers().createTimer())
    , m_errorBody(std::make_unique<JsonGuard>(JsonGuard::Limits{kMaxErrorBody, 64}))
{}

ArchiveTransfer::~ArchiveTransfer()
{
    abort();
}

void ArchiveTransfer::start(const QString &accessToken)
{
    // Redirects are followed only within the profile's origin (checked in watch()).
    QNetworkRequest request = SecureRequest::create(m_settings.url, *m_client->sslConfiguration(),
                                                    SecureRequest::Redirects::CallerVerifies);
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.setRawHeader("Accept", "application/zip, application/problem+json");
    // Byte ranges and the announced size refer to the archive itself, never
    // to a compressed transfer of it.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setRawHeader("X-Request-ID", requestId.toLatin1());
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    m_resumedFrom = m_part->size();
    if (m_resumedFrom > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_resumedFrom) + '-');
        request.setRawHeader("If-Range", m_part->etag());
    }
    qCInfo(lcExport) << "archive request" << requestId << "from byte" << m_resumedFrom;
    QNetworkReply *reply = m_client->network()->get(request);
    m_reply = reply;
    watch(reply);
    armStallTimer();
}

void ArchiveTransfer::abort()
{
    m_finished = true;
    m_stallTimer->stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void ArchiveTransfer::watch(QNetworkReply *reply)
{
    reply->setReadBufferSize(m_settings.readBufferSize);
    m_client->tlsPolicy().attachPinCheck(reply, [this](const QString &message) {
        m_abort = Abort::PinMismatch;
        m_abortMessage = message;
    });
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        const QUrl resolved = reply->url().resolved(target);
        if (ServerProfile::originOf(resolved) ==
            ServerProfile::originOf(m_client->profile().baseUrl)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        qCWarning(lcExport) << "archive redirect to another origin refused";
        abortWith(Abort::Redirect);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaData(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void ArchiveTransfer::armStallTimer()
{
    m_stallTimer->start(m_settings.stallTimeout, [this] { abortWith(Abort::Timeout); });
}

void ArchiveTransfer::abortWith(Abort reason, std::optional<DownloadError> error)
{
    if (m_abort == Abort::None) {
        m_abort = reason;
        m_abortError = std::move(error);
    }
    if (QNetworkReply *reply = m_reply)
        reply->abort();
}

void ArchiveTransfer::onMetaData(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
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

void ArchiveTransfer::onReadyRead(QNetworkReply *reply)
{
    armStallTimer();
    if (!m_decided)
        onMetaData(reply);
    if (m_abort != Abort::None)
        return;
    if (m_status != 200 && m_status != 206) {
        m_errorBody->readFrom(*reply);
        reply->skip(reply->bytesAvailable()); // past the cap: discarded
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

std::optional<ApiError> ArchiveTransfer::transferError(QNetworkReply &reply) const
{
    switch (m_abort) {
    case Abort::Timeout:
        return ApiError::timeout(
            QStringLiteral("no archive data for %1 ms").arg(m_settings.stallTimeout.count()));
    case Abort::PinMismatch: {
        ApiError error = ApiError::tls(QStringLiteral("public key pin mismatch"));
        error.setUserMessage(m_abortMessage);
        return error;
    }
    case Abort::Redirect:
        return ApiError::http(m_status, QStringLiteral("redirect to another origin refused"));
    default:
        break;
    }
    // Defence in depth: the pin is checked at handshake time; check the chain reported too.
    const QList<QSslCertificate> chain = reply.sslConfiguration().peerCertificateChain();
    if (!chain.isEmpty() && !m_client->tlsPolicy().pinMatches(chain)) {
        ApiError error = ApiError::tls(QStringLiteral("public key pin mismatch"));
        error.setUserMessage(TlsPolicy::pinMismatchMessage());
        return error;
    }
    const bool success = m_status == 200 || m_status == 206;
    if (m_status == 0 || (success && reply.error() != QNetworkReply::NoError))
        return ReplyErrors::transportError(reply, m_sslErrors);
    if (m_status >= 400)
        return ReplyErrors::httpError(reply, m_status, *m_errorBody);
    if (!success)
        return ApiError::http(m_status, QStringLiteral("unexpected status"));
    return std::nullopt;
}

void ArchiveTransfer::onFinished(QNetworkReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_stallTimer->stop();
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    if (m_abort == Abort::None && (m_status == 200 || m_status == 206))
        onReadyRead(reply); // whatever arrived with the end of the transfer
    if (m_abort == Abort::Error && m_abortError)
        return finish(Outcome::Failed, m_abortError, false);
    if (m_abort == Abort::Restart || (m_status == 416 && m_resumedFrom > 0))
        return finish(Outcome::RestartFromZero);
    if (std::optional<ApiError> error = transferError(*reply)) {
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
