#include "OpenSslLifetime.h"

#include <openssl/crypto.h>

namespace pd::server {

bool OpenSslLifetime::keepUntilExit()
{
    return OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
}

} // namespace pd::server
