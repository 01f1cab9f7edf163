#pragma once

#include "account/AccountResource.h"
#include "account/Place.h"

#include <QList>
#include <QString>

#include <optional>

namespace pd {

// One device or browser signed in to the account.
struct Session {
    QString id;
    QString deviceName; // may be empty: then the user agent says what it is
    QString userAgent;
    QString ipAddress;
    std::optional<Place> place;
    QString lastSeenAt; // RFC 3339, as the server sent it
    QString createdAt;
    // "password" or "oidc"; servers before single sign-on do not say.
    std::optional<QString> signInMethod;
    bool current = false; // this app's own session
};

// The sessions signed in to the account (GET /auth/sessions), and ending
// them. Ending a session needs a recent re-authentication: the UI watches
// for that refusal (ServerAction::needsReauthentication) and retries.
class Sessions : public AccountResource
{
    Q_OBJECT
public:
    explicit Sessions(DocumentCache *cache, QObject *parent = nullptr);

    CachedDocument *document() const { return m_document; }
    // The cached list; nullopt when the copy cannot be read.
    std::optional<QList<Session>> list() const;
    static std::optional<QList<Session>> parse(const QJsonObject &document);

    ServerAction *revoke(const QString &sessionId);
    // Every session, or every session but this app's.
    ServerAction *revokeAll(bool includeCurrent);

private:
    CachedDocument *m_document;
};

} // namespace pd
