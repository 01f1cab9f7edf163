#pragma once

#include <QByteArray>

namespace pd {

// Unguessable values for OAuth (state, PKCE verifier): bytes from the
// operating system's generator, base64url without padding. Qt 6.4's own
// OAuth state comes from a seeded PRNG (CVE-2024-36048).
class RandomToken
{
public:
    static constexpr int kDefaultBytes = 32;
    static QByteArray base64Url(int bytes = kDefaultBytes);
};

} // namespace pd
