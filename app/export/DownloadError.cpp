#include "export/DownloadError.h"

namespace pd {

DownloadError::DownloadError(Kind kind, QString userMessage, QString developerDetail)
    : m_kind(kind)
    , m_userMessage(std::move(userMessage))
    , m_detail(std::move(developerDetail))
{}

DownloadError DownloadError::fromApi(const ApiError &error)
{
    DownloadError result(Kind::Api, error.userMessage(), error.logSummary());
    if (error.httpStatus() == 404 && error.kind() == ApiError::Kind::Problem) {
        result.m_userMessage =
            tr("The export archive is no longer available. It may have expired; request a new "
               "export.");
    }
    result.m_apiError = error;
    return result;
}

DownloadError DownloadError::invalidArchive(const QString &detail)
{
    return {Kind::InvalidArchive,
            tr("This export cannot be downloaded: the server described its archive "
               "incompletely or on another server."),
            detail};
}

DownloadError DownloadError::unsafePath(const QString &userMessage, const QString &detail)
{
    return {Kind::UnsafePath, userMessage, detail};
}

DownloadError DownloadError::fileSystem(const QString &userMessage, const QString &detail)
{
    return {Kind::FileSystem, userMessage, detail};
}

DownloadError DownloadError::sizeMismatch(qint64 expected, qint64 actual)
{
    return {Kind::SizeMismatch,
            tr("The downloaded archive is incomplete or damaged (its size is wrong), so it was "
               "deleted. Please download it again."),
            QStringLiteral("expected %1 bytes, got %2").arg(expected).arg(actual)};
}

DownloadError DownloadError::checksumMismatch()
{
    return {Kind::ChecksumMismatch,
            tr("The downloaded archive does not match the checksum the server announced, so it "
               "was deleted. It may have been damaged or altered in transit. Please download it "
               "again."),
            QStringLiteral("SHA-256 mismatch")};
}

bool DownloadError::isResumable() const
{
    if (m_kind != Kind::Api || !m_apiError)
        return false;
    switch (m_apiError->kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled:
        return true;
    default:
        return m_apiError->httpStatus() == 429 || m_apiError->httpStatus() >= 500;
    }
}

} // namespace pd
