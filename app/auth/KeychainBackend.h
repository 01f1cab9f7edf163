#pragma once

#include <QString>
#include <QtPlugin>

#include <functional>

class QObject;

namespace pd {

// The keychain module's interface: the platform keychain through QtKeychain,
// behind a Qt plugin (module "keychain", see core/ModuleLoader.h) so that
// the app loads QtKeychain only when a token is first stored or read, which
// a restored session does after its first frame. KeychainTokenStore is the
// TokenStore the app uses; it turns these answers into the messages users
// read, so the module carries no text of its own.
class KeychainBackend
{
public:
    struct Answer {
        enum class Outcome {
            Ok,
            NotFound,     // read(): no such entry (remove() answers Ok)
            AccessDenied, // by the user or the keychain
            Unavailable,  // no keychain on this machine
            Failed,       // anything else: see `detail`
        };
        Outcome outcome = Outcome::Ok;
        QString secret; // read(), when Ok
        QString detail; // when not Ok: the keychain's own words (untranslated)
        int code = 0;   // when not Ok: the keychain's error code, for the log
    };
    using Callback = std::function<void(const Answer &)>;

    virtual ~KeychainBackend() = default;
    // Each call answers once through `done`, in `context`'s thread, unless
    // `context` is destroyed first. `service` names the app's entries.
    virtual void read(const QString &service, const QString &key, QObject *context,
                      Callback done) = 0;
    virtual void write(const QString &service, const QString &key, const QString &secret,
                       QObject *context, Callback done) = 0;
    virtual void remove(const QString &service, const QString &key, QObject *context,
                        Callback done) = 0;
};

} // namespace pd

#define PD_KEYCHAIN_BACKEND_IID "org.privacydashboard.KeychainBackend/1.0"
Q_DECLARE_INTERFACE(pd::KeychainBackend, PD_KEYCHAIN_BACKEND_IID)
