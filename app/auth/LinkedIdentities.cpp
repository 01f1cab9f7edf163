#include "auth/LinkedIdentities.h"

#include "common/JsonReader.h"

#include <QJsonObject>
#include <QUrl>

namespace pd {

namespace {
const QString kPath = QStringLiteral("/auth/oidc/identities");
}

ApiRequest LinkedIdentities::listRequest()
{
    return ApiRequest::get(kPath);
}

ApiRequest LinkedIdentities::linkRequest(const QString &issuer, const QByteArray &idToken)
{
    return ApiRequest::post(kPath, QJsonDocument(QJsonObject{{QStringLiteral("issuer"), issuer},
                                                             {QStringLiteral("id_token"),
                                                              QString::fromLatin1(idToken)}}));
}

ApiRequest LinkedIdentities::unlinkRequest(const QString &id)
{
    return ApiRequest::deleteResource(kPath + QLatin1Char('/') +
                                      QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

std::optional<QList<LinkedIdentity>> LinkedIdentities::parse(const QJsonDocument &document,
                                                             ApiError *error)
{
    JsonReader reader = JsonReader::fromDocument(document, QStringLiteral("identities"));
    QList<LinkedIdentity> identities;
    for (JsonReader item : reader.objects(u"items")) {
        LinkedIdentity identity;
        identity.id = item.string(u"id");
        identity.issuer = item.string(u"issuer");
        identity.subject = item.string(u"subject");
        identity.providerName = item.optionalString(u"provider_name").value_or(QString());
        identity.linkedAt = QDateTime::fromString(item.string(u"linked_at"), Qt::ISODateWithMs);
        if (item.ok() && !identity.linkedAt.isValid())
            item.fail(u"linked_at", QStringLiteral("not a timestamp"));
        identities.append(identity);
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.apiError();
        return std::nullopt;
    }
    return identities;
}

} // namespace pd
