#pragma once

#include "account/AccountResource.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace pd {

// A product the user authorised through Google OAuth.
struct ConnectedApp {
    QString id;
    QString clientName;
    QStringList scopes;
    QString grantedAt;                 // RFC 3339
    std::optional<QString> lastUsedAt; // RFC 3339; nullopt when never used
};

struct ConnectedAppList {
    QList<ConnectedApp> apps;
    // The server's Google API Services "Limited Use" statement.
    QString limitedUseStatement;
};

// The products with access to the user's Google account
// (GET /google-authorizations), and revoking one
// (DELETE /google-authorizations/{id}).
class ConnectedApps : public AccountResource
{
    Q_OBJECT
public:
    explicit ConnectedApps(DocumentCache *cache, QObject *parent = nullptr);

    CachedDocument *document() const { return m_document; }
    // The cached list; nullopt when the copy cannot be read.
    std::optional<ConnectedAppList> list() const;
    static std::optional<ConnectedAppList> parse(const QJsonObject &document);

    // Revokes the access of app `id`; the list is refreshed when it ends,
    // whatever the outcome. Null when no server is active.
    ServerAction *revoke(const QString &id);

private:
    CachedDocument *m_document;
};

} // namespace pd
