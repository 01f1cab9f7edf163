#pragma once

#include "net/ServerProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace pd {

// The one place that decides how the app talks TLS to a server profile:
// system CAs (plus the profile's own CA bundle only when it names one), full
// peer and host name verification, TLS 1.2 or later, optional public-key
// pinning, and never ignoring an error.
class TlsPolicy
{
    Q_DECLARE_TR_FUNCTIONS(pd::TlsPolicy)
public:
    explicit TlsPolicy(ServerProfile profile);

    const ServerProfile &profile() const { return m_profile; }

    // The configuration for requests to this profile; nullopt and *error
    // (translated, for users) when its CA bundle cannot be used.
    std::optional<QSslConfiguration> configuration(QString *error) const;

    // Whether the app may send a request to `url` under this profile:
    // https always; http only to a loopback host in developer mode.
    bool allowsUrl(const QUrl &url, QString *error) const;

    // Whether `chain` satisfies the profile's pin (true when there is none):
    // one of the certificates the server presents (its own or an
    // intermediate; not a root it does not send) has the pinned key.
    bool pinMatches(const QList<QSslCertificate> &chain) const;

    // Watches `reply`: aborts it as soon as the TLS handshake completes if
    // the server's key does not match the pin, before any request data goes
    // out. `onMismatch` runs first with a user message.
    void attachPinCheck(QNetworkReply *reply,
                        std::function<void(const QString &)> onMismatch) const;

    // Applies the manager-wide settings: HSTS on, no redirect to a less safe
    // scheme.
    static void configureManager(QNetworkAccessManager &manager);
    // base64(SHA-256(SubjectPublicKeyInfo DER)) of the certificate's key.
    static QByteArray publicKeyPin(const QSslCertificate &certificate);
    // For users, when the server's key does not match the pin.
    static QString pinMismatchMessage();
    // One line per error, for users.
    static QString describe(const QList<QSslError> &errors);
    static bool isLoopbackHost(const QString &host);

private:
    ServerProfile m_profile;
};

} // namespace pd
