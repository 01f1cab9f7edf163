#include "auth/PkceChallenge.h"

#include "auth/RandomToken.h"

#include <QCryptographicHash>

namespace pd {

PkceChallenge PkceChallenge::generate()
{
    // 32 random bytes give a 43-character verifier, the minimum RFC 7636 allows.
    PkceChallenge pkce;
    pkce.verifier = RandomToken::base64Url(32);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QByteArray PkceChallenge::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace pd
