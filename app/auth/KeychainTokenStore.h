#pragma once

#include "auth/TokenStore.h"

#include <QCoreApplication>

namespace pd {

class KeychainBackend;

// Stores secrets in the platform keychain (service "Privacy Dashboard", one
// entry per key) through the keychain module (auth/KeychainBackend.h),
// loaded on the first call. Errors reach the caller, a missing module as a
// missing keychain; there is no fallback to a file.
class KeychainTokenStore : public TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(pd::KeychainTokenStore)
public:
    static QString defaultServiceName() { return QStringLiteral("Privacy Dashboard"); }
    // The module's name for ModuleLoader (file pd_keychain).
    static QString moduleName();

    explicit KeychainTokenStore(QString serviceName = defaultServiceName());

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    // The module; when it is missing, answers `done` (queued, in `context`)
    // and returns nullptr.
    static KeychainBackend *backend(QObject *context, const Callback &done);

    QString m_service;
};

} // namespace pd
