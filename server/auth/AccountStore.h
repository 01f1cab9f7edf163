#pragma once

#include <QString>

#include <optional>

namespace pd::server {

class Database;

struct AccountRecord {
    QString id;
    QString email;
    QString passwordHash;
    qint64 passwordChangedAt = 0;
    qint64 createdAt = 0;
    QString totpSecret;
    bool totpEnabled = false;
    QString totpPendingSecret;
};

// The credential columns of `accounts`: lookups for sign-in and the updates
// the security settings make.
class AccountStore
{
public:
    explicit AccountStore(const Database &db);

    // Deleted accounts are never found: they cannot sign in.
    std::optional<AccountRecord> findByEmail(const QString &email) const;
    std::optional<AccountRecord> findById(const QString &id) const;

    // Accepts `code` for `secret` when it matches within ±1 step of `nowMs`
    // and its step is newer than the last accepted one, then records that
    // step, so a code works once only (also across concurrent requests).
    bool acceptTotp(const QString &accountId, const QString &secret, const QString &code,
                    qint64 nowMs) const;

    void setPassword(const QString &accountId, const QString &passwordHash, qint64 nowMs) const;
    void setPendingTotp(const QString &accountId, const QString &secret) const;
    // Promotes the pending secret; false when there was none or two-factor
    // was enabled meanwhile.
    bool enableTotp(const QString &accountId, const QString &pendingSecret) const;
    // False when two-factor was not enabled.
    bool disableTotp(const QString &accountId) const;

private:
    std::optional<AccountRecord> findWhere(const QString &condition, const QString &value) const;
    const Database &m_db;
};

} // namespace pd::server
