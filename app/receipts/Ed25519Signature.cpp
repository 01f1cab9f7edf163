#include "receipts/Ed25519Signature.h"

#include "core/LibCrypto.h"

#include <openssl/evp.h>

namespace pd {

namespace {

constexpr qsizetype kPublicKeyBytes = 32;
constexpr qsizetype kSignatureBytes = 64;

// libcrypto's functions for one Ed25519 check, looked up on first use.
struct Crypto {
    decltype(&EVP_PKEY_new_raw_public_key) newPublicKey = nullptr;
    decltype(&EVP_PKEY_free) freeKey = nullptr;
    decltype(&EVP_MD_CTX_new) newContext = nullptr;
    decltype(&EVP_MD_CTX_free) freeContext = nullptr;
    decltype(&EVP_DigestVerifyInit) verifyInit = nullptr;
    decltype(&EVP_DigestVerify) verify = nullptr;

    bool isComplete() const
    {
        return newPublicKey && freeKey && newContext && freeContext && verifyInit && verify;
    }
};

const Crypto *crypto()
{
    static const Crypto functions = [] {
        Crypto found;
        LibCrypto::resolve("EVP_PKEY_new_raw_public_key", &found.newPublicKey);
        LibCrypto::resolve("EVP_PKEY_free", &found.freeKey);
        LibCrypto::resolve("EVP_MD_CTX_new", &found.newContext);
        LibCrypto::resolve("EVP_MD_CTX_free", &found.freeContext);
        LibCrypto::resolve("EVP_DigestVerifyInit", &found.verifyInit);
        LibCrypto::resolve("EVP_DigestVerify", &found.verify);
        return found.isComplete() ? found : Crypto{};
    }();
    return functions.isComplete() ? &functions : nullptr;
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

} // namespace

Ed25519Signature::Check Ed25519Signature::verify(const QByteArray &publicKey,
                                                 const QByteArray &message,
                                                 const QByteArray &signature)
{
    const Crypto *c = crypto();
    if (!c)
        return Check::Unavailable;
    if (publicKey.size() != kPublicKeyBytes || signature.size() != kSignatureBytes)
        return Check::Invalid;
    EVP_PKEY *key =
        c->newPublicKey(EVP_PKEY_ED25519, nullptr, bytes(publicKey), size_t(publicKey.size()));
    if (!key)
        return Check::Unavailable; // a libcrypto built without Ed25519
    EVP_MD_CTX *context = c->newContext();
    // Ed25519 hashes the message itself: no digest is named.
    const bool valid = context && c->verifyInit(context, nullptr, nullptr, nullptr, key) == 1 &&
                       c->verify(context, bytes(signature), size_t(signature.size()),
                                 bytes(message), size_t(message.size())) == 1;
    c->freeContext(context);
    c->freeKey(key);
    return valid ? Check::Valid : Check::Invalid;
}

} // namespace pd
