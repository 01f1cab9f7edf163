#pragma once

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkReply;

namespace pd::test {

class OidcTestProvider;

// Plays the user's browser at the test OpenID Provider without a browser:
// follows the authorization URL and the provider's own redirects, fills in
// its devInteractions login form (any login and password: the login becomes
// the ID token's `sub`) and its consent form, and returns where the provider
// finally redirects to, normally http://127.0.0.1:<port>/callback?code=…&
// state=…&iss=… The redirect target is NOT requested: the test delivers it to
// the app's loopback listener, or tampers with it first.
//
// Each call starts without cookies, as a fresh browser profile would, so
// every authorization shows the login form. Blocks in a local event loop.
class AuthorizationDriver
{
public:
    explicit AuthorizationDriver(const OidcTestProvider &provider);

    // Signs in as `login` and consents; the final redirect target, or nullopt
    // and lastError() when the provider answered something unexpected.
    std::optional<QUrl> authorize(const QUrl &authorizationUrl, const QString &login);
    // Presses the login page's "Cancel": the provider redirects with
    // error=access_denied. The redirect target, or nullopt and lastError().
    std::optional<QUrl> cancelAtLogin(const QUrl &authorizationUrl);

    QString lastError() const { return m_error; }

    // What the browser would see when it follows the redirect to the app.
    struct Delivery {
        int status = 0;
        QByteArray body;
        QString networkError; // empty when an HTTP answer came
    };
    // Requests `callback` (the app's loopback listener), as the browser does
    // at the end. Blocks in a local event loop, so a listener in this
    // process answers meanwhile.
    Delivery deliver(const QUrl &callback);

private:
    enum class Mode { SignIn, Cancel };
    std::optional<QUrl> run(const QUrl &authorizationUrl, const QString &login, Mode mode);
    // One blocking exchange; the reply is deleted later by the caller's loop.
    QNetworkReply *send(const QUrl &url, const QByteArray &formBody = {});
    bool isProvider(const QUrl &url) const;

    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
    QUrl m_origin;
    QString m_error;
};

} // namespace pd::test
