#pragma once

#include "auth/JwkSet.h"
#include "auth/JwtVerifier.h"
#include "kernel/ServerConfig.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>

class QNetworkAccessManager;
class QNetworkReply;

namespace pd::server {

class Clock;

// Verifies ID tokens of the configured OpenID Providers. Their signing keys
// are fetched (discovery document, then `jwks_uri`, over HTTPS) in the
// background, because request handlers are synchronous: until the keys are
// there, and briefly while they are re-fetched for a new `kid`, verify()
// answers Unavailable and the client retries.
class OidcVerifier : public QObject
{
    Q_OBJECT
public:
    struct Result {
        enum class Status { Valid, Invalid, Unavailable } status = Status::Invalid;
        JwtVerifier::Claims claims;
        // Invalid only because no key has the token's `kid` (yet): no
        // signature was checked.
        bool unknownKey = false;
    };

    OidcVerifier(const ServerConfig &config, const Clock &clock, QObject *parent = nullptr);
    ~OidcVerifier() override;

    // Starts fetching every issuer's keys.
    void start();
    Result verify(const OidcIssuerConfig &issuer, const QByteArray &idToken);

private:
    struct IssuerState {
        OidcIssuerConfig config;
        JwkSet keys;
        bool loaded = false;
        bool fetching = false;
        qint64 lastFetchMs = 0;
    };

    bool fetchIfAllowed(IssuerState &state);
    void fetch(const QString &issuer);
    QNetworkReply *get(const QUrl &url);
    void discoveryFinished(const QString &issuer, QNetworkReply *reply);
    void jwksFinished(const QString &issuer, QNetworkReply *reply);
    void fetchFailed(const QString &issuer, const char *what);

    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    QSslConfiguration m_ssl;
    QHash<QString, IssuerState> m_issuers;
};

} // namespace pd::server
