#include "account/ConnectedApps.h"

#include "account/ServerAction.h"
#include "cache/CachedDocument.h"
#include "common/JsonReader.h"

namespace pd {

ConnectedApps::ConnectedApps(DocumentCache *cache, QObject *parent)
    : AccountResource(cache, parent)
    , m_document(makeDocument(QStringLiteral("google-authorizations"),
                              QStringLiteral("/google-authorizations")))
{}

std::optional<ConnectedAppList> ConnectedApps::list() const
{
    return parse(m_document->object());
}

std::optional<ConnectedAppList> ConnectedApps::parse(const QJsonObject &document)
{
    JsonReader reader(document);
    ConnectedAppList list;
    for (JsonReader item : reader.objects(u"items")) {
        list.apps.append(ConnectedApp{item.string(u"id"), item.string(u"client_name"),
                                      item.strings(u"scopes"), item.string(u"granted_at"),
                                      item.optionalString(u"last_used_at")});
    }
    list.limitedUseStatement = reader.string(u"limited_use_statement");
    if (!reader.ok())
        return std::nullopt;
    return list;
}

ServerAction *ConnectedApps::revoke(const QString &id)
{
    ServerAction *job = send(
        ApiRequest::deleteResource(QStringLiteral("/google-authorizations/") + pathSegment(id)));
    if (job)
        connect(job, &ServerAction::finished, m_document, &CachedDocument::refresh);
    return job;
}

} // namespace pd
