#pragma once

#include <QtGlobal>

namespace pd {

// libcrypto, looked up on first use rather than linked: linked in, it cost
// every start of the app about 4 ms of loading and relocation, for the
// archive download's hash and the receipts' signatures alone. It is the same
// libcrypto Qt's TLS backend loads, and it is never unloaded.
class LibCrypto
{
public:
    // `name`'s address in libcrypto; null when libcrypto or the function is
    // missing.
    static QFunctionPointer resolve(const char *name);

    // The same, into a pointer of the function's own type.
    template <class Function> static void resolve(const char *name, Function *function)
    {
        *function = reinterpret_cast<Function>(resolve(name));
    }
};

} // namespace pd
