#pragma once

#include "discovery/Discovery.h"

#include <QObject>

#include <optional>

namespace pd {

class CachedDocument;
class DocumentCache;

// The signed-in server's discovery document (deadlines per request type,
// backup retention, the deletion grace period...), fetched again at every
// sign-in and kept in the document cache, so that a request can be prepared
// offline and a lost session can be judged (AppServices: was the account
// deleted?) without a UI object having fetched it first.
class DiscoveryService : public QObject
{
    Q_OBJECT
public:
    // `cache` is not owned and may be null (then there is never a document).
    explicit DiscoveryService(DocumentCache *cache, QObject *parent = nullptr);

    // The stored copy, parsed; nullopt when none was fetched (or it does not
    // parse).
    std::optional<Discovery> discovery() const;

public Q_SLOTS:
    // Shows the stored copy, then fetches the document again.
    void refresh();

Q_SIGNALS:
    void discoveryChanged();

private:
    DocumentCache *m_cache;
    CachedDocument *m_document;
};

} // namespace pd
