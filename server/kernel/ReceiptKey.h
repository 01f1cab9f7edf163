#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace pd::server {

class Database;

// The Ed25519 key that signs request receipts (RequestReceipt). Its public
// half is published in discovery as a JWK with a `kid`, so anyone holding a
// receipt can check it without asking the server.
//
// Every server process on one database must sign with the same key, so it
// lives in the database (server_settings), sealed with the server secret
// (SecretBox): whoever reads only the database cannot sign, and processes
// that share the secret (--secret-file) share the key. The first process
// makes it; the others, racing or later, read what the first stored.
class ReceiptKey
{
public:
    ~ReceiptKey();
    ReceiptKey(const ReceiptKey &) = delete;
    ReceiptKey &operator=(const ReceiptKey &) = delete;

    // The stored key, or a new one stored first. Null with *error when the
    // stored key cannot be opened with `secret`. Throws DatabaseError.
    static std::unique_ptr<ReceiptKey> loadOrCreate(const Database &db, const QByteArray &secret,
                                                    QString *error);
    // A key that is never stored (tests).
    static std::unique_ptr<ReceiptKey> generate();

    // The RFC 7638 thumbprint of the public key (base64url): changes with
    // the key, so a verifier can pick the key a receipt names.
    const QString &kid() const { return m_kid; }
    // {"kty":"OKP","crv":"Ed25519","x":...,"kid":...,"use":"sig","alg":"EdDSA"}
    QJsonObject publicJwk() const;
    // The 32-byte public key.
    const QByteArray &publicKey() const { return m_publicKey; }
    // The 64-byte Ed25519 signature of `message`. Thread-safe.
    QByteArray sign(const QByteArray &message) const;

private:
    explicit ReceiptKey(EVP_PKEY *key);

    EVP_PKEY *m_key;
    QByteArray m_publicKey;
    QString m_kid;
};

} // namespace pd::server
