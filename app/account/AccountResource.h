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
    // The characters of a string these documents and answers keep (pages
    // show at most DisplayText::kDetailChars): longer ones are cut as they
    // are read (JsonStringCap), so that a hostile server's megabyte values
    // are never stored, parsed again or copied whole on the UI thread.
    static constexpr qsizetype kMaxStringChars = 4096;

    // `cache` is not owned and may be null (then every refresh fails and no
    // action can be sent).
    explicit AccountResource(DocumentCache *cache, QObject *parent = nullptr);

protected:
    // A document of this family, kept in `cache` under `key`, fetched by GET
    // `path`; its strings cut after `maxStringChars` (0: kept whole, for a
    // document that is one long text, the policy).
    CachedDocument *makeDocument(const QString &key, const QString &path,
                                 qsizetype maxStringChars = kMaxStringChars);
    CachedDocument *makeDocument(const QString &key, ApiRequest request,
                                 qsizetype maxStringChars = kMaxStringChars);
    // Starts `request` on the active server as an action of this family's
    // (a child of it); null when no server is active. The answer's strings
    // are cut as a document's.
    ServerAction *send(ApiRequest request, qsizetype maxStringChars = kMaxStringChars);
    // `segment` escaped for a path ("/cookies/" + id).
    static QString pathSegment(const QString &segment);

private:
    DocumentCache *m_cache;
};

} // namespace pd
