#pragma once

#include "account/AccountResource.h"

#include <QList>
#include <QString>

#include <optional>

namespace pd {

// A cookie or identifier set for the account, and the user's consent to it.
struct Cookie {
    QString id;
    QString name;
    QString category; // strictly_necessary, functional, analytics, ...
    QString purpose;
    QString domain;
    QString identifier; // empty when it holds none
    QString firstSetAt; // RFC 3339; empty when never set
    QString expiresAt;  // RFC 3339; empty when it ends with the browser session
    bool required = false;
    bool consent = false;
};

// The cookies and identifiers of the account (GET /cookies), and the consent
// to each that is not strictly necessary (PUT /cookies/{id}/consent).
class Cookies : public AccountResource
{
    Q_OBJECT
public:
    explicit Cookies(DocumentCache *cache, QObject *parent = nullptr);

    CachedDocument *document() const { return m_document; }
    // The cached list; nullopt when the copy cannot be read.
    std::optional<QList<Cookie>> list() const;
    static std::optional<QList<Cookie>> parse(const QJsonObject &document);

    // Saves the consent to cookie `id`; the answer, the changed cookie, goes
    // into the cached list. Null when no server is active.
    ServerAction *setConsent(const QString &id, bool granted);

private:
    void storeChanged(const QString &id, const QJsonObject &changed);

    CachedDocument *m_document;
};

} // namespace pd
