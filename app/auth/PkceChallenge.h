#pragma once

#include <QByteArray>

namespace pd {

// Proof Key for Code Exchange (RFC 7636) with S256: the verifier stays in
// memory for the one authorization it belongs to; only its SHA-256 goes into
// the browser's URL, so an intercepted code is useless without it.
struct PkceChallenge {
    QByteArray verifier;
    QByteArray challenge;

    static PkceChallenge generate();
    static QByteArray challengeFor(const QByteArray &verifier);
    static constexpr const char *kMethod = "S256";
};

} // namespace pd
