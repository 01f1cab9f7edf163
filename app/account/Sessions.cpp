#include "account/Sessions.h"

#include "cache/CachedDocument.h"
#include "common/JsonReader.h"

namespace pd {

Sessions::Sessions(DocumentCache *cache, QObject *parent)
    : AccountResource(cache, parent)
    , m_document(makeDocument(QStringLiteral("auth/sessions"), QStringLiteral("/auth/sessions")))
{}

std::optional<QList<Session>> Sessions::list() const
{
    return parse(m_document->object());
}

std::optional<QList<Session>> Sessions::parse(const QJsonObject &document)
{
    JsonReader reader(document);
    QList<Session> sessions;
    for (JsonReader item : reader.objects(u"items")) {
        Session session;
        session.id = item.string(u"id");
        session.current = item.boolean(u"current");
        session.deviceName = item.optionalString(u"device_name").value_or(QString());
        session.userAgent = item.optionalString(u"user_agent").value_or(QString());
        session.ipAddress = item.string(u"ip_address");
        session.lastSeenAt = item.string(u"last_seen_at");
        session.createdAt = item.string(u"created_at");
        session.signInMethod = item.optionalString(u"sign_in_method");
        // The place is a guess the server may not make.
        const QJsonObject location = item.json().value(QLatin1String("location")).toObject();
        if (item.json().value(QLatin1String("location")).isObject()) {
            session.place = Place{location.value(QLatin1String("city")).toString(),
                                  location.value(QLatin1String("region")).toString(),
                                  location.value(QLatin1String("country")).toString()};
        }
        sessions.append(session);
    }
    if (!reader.ok())
        return std::nullopt;
    return sessions;
}

ServerAction *Sessions::revoke(const QString &sessionId)
{
    return send(
        ApiRequest::deleteResource(QStringLiteral("/auth/sessions/") + pathSegment(sessionId)));
}

ServerAction *Sessions::revokeAll(bool includeCurrent)
{
    return send(ApiRequest::post(
        QStringLiteral("/auth/sessions/revoke-all"),
        QJsonDocument(QJsonObject{{QStringLiteral("include_current"), includeCurrent}})));
}

} // namespace pd
