#pragma once

#include "Problem.h"

#include <QByteArray>
#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>
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
    // An answer that waits for work running off the server's thread (a
    // password's PBKDF2): once `work` has finished, the server calls
    // `finish` on its own thread (where the database connection lives) and
    // writes what it returns. Meanwhile the server answers other requests.
    static HttpResponse after(QFuture<void> work, std::function<HttpResponse()> finish);

    HttpResponse &setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    int status() const { return m_status; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; }
    const std::optional<FileSlice> &fileSlice() const { return m_file; }
    qint64 contentLength() const { return m_file ? m_file->length : m_body.size(); }
    bool isProblem() const;

    struct Deferred {
        QFuture<void> work;
        std::function<HttpResponse()> finish;
    };
    // Set on an answer made by after(); such a response has nothing else.
    const std::shared_ptr<Deferred> &deferred() const { return m_deferred; }

    // Fills `instance` of a problem body once the path is known.
    void setProblemInstance(const QString &path);

private:
    int m_status = 200;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    std::optional<FileSlice> m_file;
    std::shared_ptr<Deferred> m_deferred;
};

} // namespace pd::server
