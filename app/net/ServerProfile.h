#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace pd {

// One backend the user has added. A plain value: no secret ever lives here
// (tokens go to the TokenStore, keyed by `id`).
struct ServerProfile {
    QString id;                 // stable key (UUID), also the token-store key
    QString name;               // shown to the user, from the discovery document
    QUrl baseUrl;               // origin of the server, e.g. https://privacy.example.com
    QString caBundlePath;       // extra trusted CA certificates (PEM), empty for none
    QByteArray caSha256;        // hex SHA-256 of that file when trusted (CaBundle)
    QByteArray pinSha256;       // base64 of SHA-256 over a SubjectPublicKeyInfo, empty for none
    bool developerMode = false; // allows http:// to a loopback host

    // A fresh profile with a new id for `baseUrl` (origin only, no trailing slash).
    static ServerProfile forUrl(const QUrl &baseUrl);
    // The origin of `url`: scheme, host and port, no path, query or user info.
    static QUrl originOf(const QUrl &url);
    // The API's base URL, <origin>/api/v1: the one place it is made. (The
    // discovery document's api_base_url is only checked to be on this origin.)
    static QUrl apiBaseUrlOf(const QUrl &url);
    QUrl apiBaseUrl() const { return apiBaseUrlOf(baseUrl); }

    bool operator==(const ServerProfile &other) const = default;
};

} // namespace pd

Q_DECLARE_METATYPE(pd::ServerProfile)
