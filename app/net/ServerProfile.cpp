#include "net/ServerProfile.h"

#include <QUuid>

namespace pd {

ServerProfile ServerProfile::forUrl(const QUrl &baseUrl)
{
    ServerProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.baseUrl = originOf(baseUrl);
    profile.name = profile.baseUrl.host();
    return profile;
}

QUrl ServerProfile::originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host().toLower());
    origin.setPort(url.port());
    return origin;
}

QUrl ServerProfile::apiBaseUrlOf(const QUrl &url)
{
    QUrl base = originOf(url);
    base.setPath(QStringLiteral("/api/v1"));
    return base;
}

} // namespace pd
