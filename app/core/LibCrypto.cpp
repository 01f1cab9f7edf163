#include "core/LibCrypto.h"

#include <QLibrary>

#include <openssl/opensslv.h>

namespace pd {

QFunctionPointer LibCrypto::resolve(const char *name)
{
    // Each QLibrary of the same file shares one handle, loaded once; its
    // destructor leaves the library loaded.
#ifdef Q_OS_WIN
    QLibrary library(QStringLiteral("libcrypto-3-x64")); // as MSYS2 and the installer name it
#else
    QLibrary library(QStringLiteral("crypto"), OPENSSL_VERSION_MAJOR);
#endif
    return library.load() ? library.resolve(name) : nullptr;
}

} // namespace pd
