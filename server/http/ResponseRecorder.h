#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

namespace pd::server {

struct HttpRequest;
class HttpResponse;

// Test-only: appends every routed response as one JSON line so that
// tests/contract/validate-responses.mjs can check it against openapi.yaml.
// Enabled by --record-responses FILE with --developer-mode. Bodies of token
// and TOTP responses are recorded, which is why it must never run in
// production and why the file is 0600. Every event loop records into the one
// file, a whole line at a time.
class ResponseRecorder
{
public:
    explicit ResponseRecorder(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    void record(const HttpRequest &request, const HttpResponse &response);

private:
    QMutex m_mutex;
    QFile m_file;
};

} // namespace pd::server
