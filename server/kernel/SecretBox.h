#pragma once

#include <QByteArray>

#include <optional>

namespace pd::server {

// Authenticated encryption (AES-256-GCM) and keyed hashes under a key derived
// from the server's secret (server-secret.key) for one purpose, so what the
// server keeps in its database for a while (idempotent answers that may hold
// tokens) is useless to someone who reads only the database.
class SecretBox
{
public:
    SecretBox(const QByteArray &serverSecret, const QByteArray &purpose);

    // nonce || ciphertext || tag, base64.
    QByteArray seal(const QByteArray &plain) const;
    // std::nullopt when the text was not sealed by this key or was altered.
    std::optional<QByteArray> open(const QByteArray &sealed) const;
    // HMAC-SHA256 under a key of its own, hex.
    QByteArray mac(const QByteArray &data) const;

private:
    QByteArray m_encryptionKey;
    QByteArray m_macKey;
};

} // namespace pd::server
