#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace pd::test {

// A real OpenID Provider for tests: tests/oidc-provider/provider.mjs (node's
// oidc-provider) run as a child process with HTTPS on 127.0.0.1, its
// certificate issued by a throw-away CA made here with the openssl CLI.
//
// Environment: PD_OIDC_PROVIDER_DIR, the folder the `oidc_provider` CTest
// fixture installed the provider into (provider.mjs beside node_modules).
//
// Clients registered there: clientId() (the app) and otherClientId(), both
// public native clients with PKCE S256 and the redirect
// http://127.0.0.1:<any port>/callback. AuthorizationDriver plays the user.
class OidcTestProvider
{
public:
    struct Pkce {
        QByteArray verifier;
        QByteArray challenge; // S256
    };
    struct TokenReply {
        int status = 0;
        QJsonObject json; // id_token, access_token… or error, error_description
        QString networkError;
        QByteArray idToken() const;
    };

    OidcTestProvider();
    ~OidcTestProvider();
    OidcTestProvider(const OidcTestProvider &) = delete;
    OidcTestProvider &operator=(const OidcTestProvider &) = delete;

    // Makes the certificates, starts node and reads the provider's discovery
    // over verified TLS; false and lastError() when any of it fails.
    bool start();
    void stop();
    QString lastError() const { return m_error; }

    QString issuer() const { return m_issuer; }
    // The provider's /.well-known/openid-configuration, as read in start().
    QJsonObject discovery() const { return m_discovery; }
    // The PEM of the CA that issued the provider's certificate.
    QString caCertificatePath() const;
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    static QString clientId() { return QStringLiteral("privacy-dashboard"); }
    static QString otherClientId() { return QStringLiteral("other-client"); }

    // Arguments that make a TestServer trust this provider for `clientId`:
    // --oidc-issuer ISSUER,CLIENT_ID,NAME --trust-ca CA.
    QStringList serverArguments(const QString &displayName = QStringLiteral("Test IdP"),
                                const QString &clientId = OidcTestProvider::clientId()) const;
    // Writes one PEM file holding this CA and the certificates of `pemPaths`
    // (e.g. TestServer::caCertificatePath()), for an app profile's single
    // custom CA file; returns its path, empty and lastError() on failure.
    QString writeCaBundle(const QStringList &pemPaths);

    // Shifts the provider's clock by `seconds` for the tokens its token
    // endpoint issues from now on (-7200: an ID token that expired an hour
    // ago). Blocks until the provider confirms.
    bool setClockOffset(int seconds);

    // For tests that act as the client themselves.
    static Pkce makePkce();
    static QByteArray randomToken(); // 32 random bytes, base64url
    QUrl authorizationUrl(const QString &clientId, const QUrl &redirectUri, const QString &state,
                          const QString &nonce, const QByteArray &codeChallenge,
                          const QString &scope = QStringLiteral("openid email")) const;
    // Redeems `code` at the token endpoint as the public client `clientId`.
    TokenReply redeem(const QString &clientId, const QString &code, const QUrl &redirectUri,
                      const QByteArray &codeVerifier);
    // A whole sign-in as `login`, made the way a native app makes it (PKCE,
    // a random state, `redirectUri` as its loopback address, the reference
    // server's `nonce`), the user played by AuthorizationDriver: the ID
    // token this provider issues, or empty and *error.
    QByteArray signInForIdToken(const QString &clientId, const QUrl &redirectUri,
                                const QString &nonce, const QString &login, QString *error,
                                const QString &scope = QStringLiteral("openid email"));

private:
    bool makeCertificates();
    bool runOpenssl(const QStringList &arguments);
    // The next whole line on the provider's stdout, waiting up to `ms`.
    bool readLine(QByteArray *line, int ms);
    bool fetchDiscovery();

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_stdout;
    QString m_issuer;
    QJsonObject m_discovery;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_network;
    QString m_error;
};

} // namespace pd::test
