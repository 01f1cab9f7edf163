#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pd {

// A provider's signed receipt for a request that ended
// (GET /requests/{id}/receipt): the canonical text exactly as signed, its
// Ed25519 signature, the key that verified it, and what the text states.
// As a `.pdreceipt` file it carries all of that, so it can be checked again
// years later without the server, by this app or by anyone with OpenSSL.
// Every text in it came from the server: plain text only.
struct Receipt {
    static constexpr const char *kFileFormat = "privacy-dashboard-receipt-file/1";
    static constexpr const char *kReceiptFormat = "privacy-dashboard-receipt/1";

    QByteArray text;      // the canonical JSON text, as signed
    QByteArray signature; // 64 bytes
    QString kid;
    QByteArray publicKey; // 32 bytes: the key the signature was checked with

    QString issuer; // the provider's API base URL
    QString requestId;
    QString accountId;
    QString type;    // the request type's wire name
    QString outcome; // completed, rejected or cancelled
    QString reasonCode;
    QString archiveSha256; // a completed export's, lower-case hex
    qint64 archiveSizeBytes = -1;
    QDateTime receivedAt;
    QDateTime dueAt;
    QDateTime expectedBy;
    QDateTime endedAt;

    // Reads what `text` states; nullopt (and *error, for logs) when it is
    // not a receipt of the known format. Checks no signature.
    static std::optional<Receipt> fromText(const QByteArray &text, QString *error);
    // The contents of a .pdreceipt file; nullopt (and *error) when it is not
    // one. Checks no signature either (see isSignatureValid()).
    static std::optional<Receipt> fromFile(const QByteArray &file, QString *error);
    // The .pdreceipt file: {"format", "receipt", "signature", "alg", "kid",
    // "public_key": {JWK}}, indented for people who open it.
    QByteArray toFile() const;

    // Whether `signature` is `publicKey`'s signature of `text`; false also
    // when libcrypto is missing.
    bool isSignatureValid() const;
    // The SHA-256 of the public key, hex in groups of four, for people who
    // compare it with the provider's published key by eye.
    QString keyFingerprint() const;
};

} // namespace pd

Q_DECLARE_METATYPE(pd::Receipt)
