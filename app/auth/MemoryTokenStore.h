#pragma once

#include "auth/TokenStore.h"

#include <QHash>

namespace pd {

// Keeps secrets in this process only, forgotten on exit. Chosen explicitly
// by tests and the command-line tools; never a fallback for the keychain.
// Answers on the next event-loop turn, like a real store.
class MemoryTokenStore : public TokenStore
{
public:
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    // For tests: the current contents, and a failure to inject.
    QHash<QString, QString> contents() const { return m_secrets; }
    void setFailure(const QString &errorMessage) { m_failure = errorMessage; }

private:
    void answer(QObject *context, Callback done, Result result);

    QHash<QString, QString> m_secrets;
    QString m_failure;
};

} // namespace pd
