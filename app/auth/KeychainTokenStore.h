#pragma once

#include "auth/TokenStore.h"

#include <QCoreApplication>

namespace pd {

// Stores secrets in the platform keychain through QtKeychain (service
// "Privacy Dashboard", one entry per key). Errors reach the caller; there is
// no fallback to a file.
class KeychainTokenStore : public TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(pd::KeychainTokenStore)
public:
    static QString defaultServiceName() { return QStringLiteral("Privacy Dashboard"); }

    explicit KeychainTokenStore(QString serviceName = defaultServiceName());

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    QString m_service;
};

} // namespace pd
