#pragma once

#include "common/ApiError.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pd {

// Why an archive download failed. userMessage() is translated, for users;
// developerDetail() is for logs and bug reports (no personal data).
class DownloadError
{
    Q_DECLARE_TR_FUNCTIONS(pd::DownloadError)
public:
    enum class Kind {
        Api,              // network, TLS, timeout or an HTTP/problem answer (apiError())
        InvalidArchive,   // the request's result cannot be downloaded (URL, origin, hash)
        UnsafePath,       // the target would leave the chosen folder or is a link
        FileSystem,       // cannot write the file
        SizeMismatch,     // the server sent more or fewer bytes than announced
        ChecksumMismatch, // the bytes do not hash to the announced SHA-256
    };

    DownloadError() = default;
    DownloadError(Kind kind, QString userMessage, QString developerDetail);

    static DownloadError fromApi(const ApiError &error);
    static DownloadError invalidArchive(const QString &detail);
    static DownloadError unsafePath(const QString &userMessage, const QString &detail);
    static DownloadError fileSystem(const QString &userMessage, const QString &detail);
    static DownloadError sizeMismatch(qint64 expected, qint64 actual);
    static DownloadError checksumMismatch();

    Kind kind() const { return m_kind; }
    QString userMessage() const { return m_userMessage; }
    QString developerDetail() const { return m_detail; }
    const std::optional<ApiError> &apiError() const { return m_apiError; }
    // Whether starting again continues from the partial file (a transfer
    // problem) rather than from nothing.
    bool isResumable() const;

private:
    Kind m_kind = Kind::Api;
    QString m_userMessage;
    QString m_detail;
    std::optional<ApiError> m_apiError;
};

} // namespace pd

Q_DECLARE_METATYPE(pd::DownloadError)
