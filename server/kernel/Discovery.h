#pragma once

#include <QJsonObject>
#include <QStringList>

namespace pd::server {

struct ServerContext;

// The body of GET /.well-known/privacy-dashboard.
class Discovery
{
public:
    static QStringList requestTypes();
    static int deadlineDays(const QString &requestType);
    static QJsonObject document(const ServerContext &context, const QJsonArray &storageRegions);
};

} // namespace pd::server
