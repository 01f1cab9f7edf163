#pragma once

#include "common/ApiError.h"

#include <QJsonDocument>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pd {

// The server's /.well-known/privacy-dashboard document, every field typed.
struct Discovery {
    struct OidcIssuer {
        QUrl issuer;
        QString clientId;
        QString displayName;
        // What to ask the provider for; servers that predate the field get
        // the minimum an ID token with an email needs.
        QStringList scopes{QStringLiteral("openid"), QStringLiteral("email")};
        bool operator==(const OidcIssuer &) const = default;
    };
    struct StorageRegion {
        QString id;
        QString name;
        QString country; // ISO 3166-1 alpha-2
        bool operator==(const StorageRegion &) const = default;
    };
    // A key that signs request receipts (an Ed25519 JWK).
    struct ReceiptKey {
        QString kid;
        QByteArray publicKey; // 32 bytes
        bool operator==(const ReceiptKey &) const = default;
    };

    QString providerName;
    QUrl apiBaseUrl;
    QString apiVersion;
    QUrl privacyPolicyUrl;
    QUrl passwordResetUrl;
    QString supportEmail;
    QString securityEmail;
    QList<OidcIssuer> oidcIssuers;
    QStringList requestTypes;
    QMap<QString, int> requestDeadlineDays;
    int backupRetentionDays = 0;
    int deletionGraceDays = 0;
    QList<StorageRegion> storageRegions;
    // Empty from a server that signs no receipts (or predates them).
    QList<ReceiptKey> receiptKeys;

    // Parses and checks the document; nullopt and *error (Malformed, naming
    // the field) when something is missing or of the wrong type.
    static std::optional<Discovery> fromJson(const QJsonDocument &document, ApiError *error);

    bool operator==(const Discovery &) const = default;
};

} // namespace pd

Q_DECLARE_METATYPE(pd::Discovery)
