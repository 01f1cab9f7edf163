#pragma once

#include "Problem.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace pd::server {

struct FieldError {
    QString field;
    QString message;
};

// A response value built by a handler and written by HttpServer. Large files
// are described by a FileSlice so the server can stream them from disk.
class HttpResponse
{
public:
    struct FileSlice {
        QString path;
        qint64 offset = 0;
        qint64 length = 0;
    };

    HttpResponse() = default;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(const QJsonObject &object) { return json(200, object); }
    static HttpResponse noContent();
    static HttpResponse bytes(int status, const QByteArray &mimeType, const QByteArray &body);
    static HttpResponse file(int status, const QByteArray &mimeType, const FileSlice &slice);
    static HttpResponse problem(Problem problem, const QString &detail = {},
                                const QJsonObject &extra = {});
    static HttpResponse validationFailed(const QList<FieldError> &errors);
    // 429/503 answers carry Retry-After both as header and as a member.
    static HttpResponse retryLater(Problem problem, int retryAfterSeconds,
                                   const QString &detail = {});

    HttpResponse &setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    int status() const { return m_status; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; }
    const std::optional<FileSlice> &fileSlice() const { return m_file; }
    qint64 contentLength() const { return m_file ? m_file->length : m_body.size(); }
    bool isProblem() const;

    // Fills `instance` of a problem body once the path is known.
    void setProblemInstance(const QString &path);

private:
    int m_status = 200;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    std::optional<FileSlice> m_file;
};

} // namespace pd::server
