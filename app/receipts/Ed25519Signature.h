#pragma once

#include <QByteArray>

namespace pd {

// Checks an Ed25519 signature (RFC 8032) with OpenSSL's libcrypto, loaded on
// the first check like the archive hash's (export/Sha256.cpp says why it is
// not linked). There is no fallback: without libcrypto nothing verifies.
class Ed25519Signature
{
public:
    enum class Check {
        Valid,
        Invalid,     // wrong key, altered message or signature, malformed key
        Unavailable, // libcrypto (or its Ed25519) could not be loaded
    };

    // Whether `signature` (64 bytes) is `publicKey`'s (32 bytes) signature of
    // `message`.
    static Check verify(const QByteArray &publicKey, const QByteArray &message,
                        const QByteArray &signature);
};

} // namespace pd
