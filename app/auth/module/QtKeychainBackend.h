#pragma once

#include "auth/KeychainBackend.h"

#include <QObject>

namespace pd {

// The keychain module: KeychainBackend on QtKeychain (the Secret Service,
// macOS Keychain or Windows Credential Manager). Built as a plugin of its own
// (pd_keychain), never linked into the app.
class QtKeychainBackend : public QObject, public KeychainBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PD_KEYCHAIN_BACKEND_IID)
    Q_INTERFACES(pd::KeychainBackend)
public:
    void read(const QString &service, const QString &key, QObject *context, Callback done) override;
    void write(const QString &service, const QString &key, const QString &secret, QObject *context,
               Callback done) override;
    void remove(const QString &service, const QString &key, QObject *context,
                Callback done) override;
};

} // namespace pd
