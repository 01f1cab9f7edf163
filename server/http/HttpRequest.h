#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace pd::server {

// Who is calling, filled in by the server's authentication step before a
// protected handler runs.
struct AuthContext {
    QString accountId;
    QString sessionId;
    qint64 reauthenticatedAt = 0; // ms since epoch, 0 when never
};

// A parsed request as the handlers see it: no socket, no Qt server types, so
// handlers can be unit tested with a hand-made value.
struct HttpRequest {
    QByteArray method; // upper case: GET, POST, ...
    QString path;      // decoded path without query
    QString route;     // the matched route template, e.g. /api/v1/requests/{id}
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QHostAddress remoteAddress;
    QHash<QString, QString> params; // path parameters by template name
    std::optional<AuthContext> auth;

    QByteArray header(const QByteArray &lowerCaseName) const;
    QString param(const QString &name) const { return params.value(name); }
    QString queryValue(const QString &name) const;
    bool hasQueryValue(const QString &name) const { return query.hasQueryItem(name); }
    const AuthContext &caller() const { return *auth; }
};

} // namespace pd::server
