#pragma once

#include "api/ApiRequest.h"

#include <QObject>

namespace pd {

class CachedDocument;
class ServerAction;
class DocumentCache;

// Base of the account's resource families (sessions, cookies, policy...):
// each owns its cached documents, reads them into value types and sends its
// actions through the client the document cache currently uses.
class AccountResource : public QObject
{
    Q_OBJECT
public:
    // `cache` is not owned and may be null (then every refresh fails and no
    // action can be sent).
    explicit AccountResource(DocumentCache *cache, QObject *parent = nullptr);

protected:
    // A document of this family, kept in `cache` under `key`, fetched by GET `path`.
    CachedDocument *makeDocument(const QString &key, const QString &path);
    CachedDocument *makeDocument(const QString &key, ApiRequest request);
    // Starts `request` on the active server as an action of this family's
    // (a child of it); null when no server is active.
    ServerAction *send(ApiRequest request);
    // `segment` escaped for a path ("/cookies/" + id).
    static QString pathSegment(const QString &segment);

private:
    DocumentCache *m_cache;
};

} // namespace pd
