#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pd::server {

class Database;

struct OidcIdentity {
    QString id; // stable, derived from issuer and subject
    QString issuer;
    QString subject;
    qint64 linkedAt = 0;
};

// Which identity-provider identities (issuer, subject) sign in to which
// account. Rows are made only by a signed-in, re-authenticated account
// holder: an identity is never linked by matching its email.
class OidcIdentityStore
{
public:
    explicit OidcIdentityStore(const Database &db);

    std::optional<QString> accountFor(const QString &issuer, const QString &subject) const;
    QList<OidcIdentity> list(const QString &accountId) const;

    enum class LinkOutcome { Linked, AlreadyLinked, OtherAccount };
    LinkOutcome link(const QString &accountId, const QString &issuer, const QString &subject,
                     qint64 nowMs) const;
    // False when the account has no identity with this id.
    bool unlink(const QString &accountId, const QString &id) const;

    static QString idOf(const QString &issuer, const QString &subject);

private:
    const Database &m_db;
};

} // namespace pd::server
