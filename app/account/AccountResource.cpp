#include "account/AccountResource.h"

#include "account/ServerAction.h"
#include "api/ApiClient.h"
#include "cache/CachedDocument.h"
#include "cache/DocumentCache.h"

#include <QUrl>

namespace pd {

AccountResource::AccountResource(DocumentCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{}

CachedDocument *AccountResource::makeDocument(const QString &key, const QString &path,
                                              qsizetype maxStringChars)
{
    return makeDocument(key, ApiRequest::get(path), maxStringChars);
}

CachedDocument *AccountResource::makeDocument(const QString &key, ApiRequest request,
                                              qsizetype maxStringChars)
{
    request.limits.maxStringChars = maxStringChars;
    return new CachedDocument(m_cache, key, std::move(request), this);
}

ServerAction *AccountResource::send(ApiRequest request, qsizetype maxStringChars)
{
    request.limits.maxStringChars = maxStringChars;
    ApiClient *api = m_cache ? m_cache->apiClient() : nullptr;
    return api ? new ServerAction(api, std::move(request), this) : nullptr;
}

QString AccountResource::pathSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace pd
