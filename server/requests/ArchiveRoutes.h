#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <optional>

namespace pd::server {

struct ServerContext;
struct RequestRecord;
class HttpRouter;
class RequestStore;

// GET/HEAD /api/v1/requests/{id}/archive: the completed export's ZIP,
// streamed from disk, with single byte ranges and If-Range; and
// /archive/parts/{size}/{index}: one part of it (a byte range of the ZIP
// with its own SHA-256 as its ETag, and ranges within it), for a client
// that downloads and checks a large archive a part at a time.
class ArchiveRoutes
{
public:
    ArchiveRoutes(const ServerContext &context, const RequestStore &store);
    void registerRoutes(HttpRouter &router);

private:
    // The archive on disk, or why there is none.
    struct Stored {
        QString path;
        QString sha256;
        qint64 size = 0;
    };

    HttpResponse download(const HttpRequest &request) const;
    HttpResponse downloadPart(const HttpRequest &request) const;
    // Sets *problem unless the request is a completed export of the caller's
    // whose archive is still there.
    std::optional<Stored> stored(const HttpRequest &request, RequestRecord *record,
                                 HttpResponse *problem) const;
    // `length` bytes of the archive from `offset`, as a file of its own.
    static HttpResponse serve(const HttpRequest &request, const Stored &archive, qint64 offset,
                              qint64 length, const QByteArray &etag, const QByteArray &fileName);

    const ServerContext &m_context;
    const RequestStore &m_store;
};

} // namespace pd::server
