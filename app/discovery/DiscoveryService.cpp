#include "discovery/DiscoveryService.h"

#include "api/ApiRequest.h"
#include "cache/CachedDocument.h"
#include "cache/DocumentCache.h"

namespace pd {

namespace {

const QString kKey = QStringLiteral("discovery");

} // namespace

DiscoveryService::DiscoveryService(DocumentCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_document(
          new CachedDocument(cache, kKey,
                             ApiRequest::get(QStringLiteral("/.well-known/privacy-dashboard"))
                                 .withRoot(ApiRequest::Root::Origin)
                                 .withoutAuth(),
                             this))
{
    connect(m_document, &CachedDocument::changed, this, &DiscoveryService::discoveryChanged);
}

std::optional<Discovery> DiscoveryService::discovery() const
{
    // The cache, not only this run's copy: a session resumed from an earlier
    // run knows its server's facts before the first refresh answers.
    std::optional<Document> copy =
        m_document->hasCopy() ? std::optional<Document>(m_document->document()) : std::nullopt;
    if (!copy && m_cache)
        copy = m_cache->cached(kKey);
    if (!copy)
        return std::nullopt;
    ApiError ignored;
    return Discovery::fromJson(copy->json, &ignored);
}

void DiscoveryService::refresh()
{
    m_document->load();
}

} // namespace pd
