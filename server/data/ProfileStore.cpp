#include "ProfileStore.h"

#include "db/Database.h"
#include "kernel/Clock.h"

#include <QSqlQuery>

namespace pd::server {

ProfileStore::ProfileStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

std::optional<Profile> ProfileStore::load(const QString &accountId) const
{
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT a.email, a.created_at, p.version, p.full_name, p.email_verified,"
                       " p.address_line1, p.address_line2, p.city, p.region, p.postal_code,"
                       " p.country, p.phone, p.website, p.updated_at"
                       " FROM accounts a LEFT JOIN profiles p ON p.account_id = a.id"
                       " WHERE a.id = ? AND a.deleted_at IS NULL"),
        {accountId});
    if (!query.next())
        return std::nullopt;
    Profile profile;
    profile.email = query.value(0).toString();
    if (query.value(2).isNull()) {
        // No profile row yet: the contract needs a non-empty name, and the
        // sign-in name is the only one known.
        profile.fullName = profile.email.section(QLatin1Char('@'), 0, 0);
        profile.updatedAt = query.value(1).toLongLong();
        return profile;
    }
    profile.version = query.value(2).toLongLong();
    profile.fullName = query.value(3).toString();
    profile.emailVerified = query.value(4).toInt() != 0;
    profile.line1 = query.value(5).toString();
    profile.line2 = query.value(6).toString();
    profile.city = query.value(7).toString();
    profile.region = query.value(8).toString();
    profile.postalCode = query.value(9).toString();
    profile.country = query.value(10).toString();
    profile.phone = query.value(11).toString();
    profile.website = query.value(12).toString();
    profile.updatedAt = query.value(13).toLongLong();
    return profile;
}

bool ProfileStore::emailTaken(const QString &email, const QString &accountId) const
{
    QSqlQuery query = m_db.run(QStringLiteral("SELECT 1 FROM accounts WHERE email = ? AND id <> ?"),
                               {email, accountId});
    return query.next();
}

bool ProfileStore::save(const QString &accountId, Profile *profile, bool emailChanged) const
{
    const qint64 now = m_clock.nowMs();
    if (emailChanged) {
        profile->emailVerified = false;
        m_db.run(QStringLiteral("UPDATE accounts SET email = ? WHERE id = ?"),
                 {profile->email, accountId});
    }
    // A null QString binds as SQL NULL; the columns hold "" for "absent".
    const auto text = [](const QString &value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    const QVariantList values{text(profile->fullName),
                              profile->emailVerified ? 1 : 0,
                              text(profile->line1),
                              text(profile->line2),
                              text(profile->city),
                              text(profile->region),
                              text(profile->postalCode),
                              text(profile->country),
                              text(profile->phone),
                              text(profile->website),
                              now};
    if (profile->version == 0) {
        QSqlQuery insert = m_db.run(
            QStringLiteral("INSERT INTO profiles (full_name, email_verified, address_line1,"
                           " address_line2, city, region, postal_code, country, phone, website,"
                           " updated_at, version, account_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                           " ?, ?, 1, ?) ON CONFLICT (account_id) DO NOTHING"),
            values + QVariantList{accountId});
        if (insert.numRowsAffected() != 1)
            return false;
    } else {
        QSqlQuery update =
            m_db.run(QStringLiteral("UPDATE profiles SET full_name = ?, email_verified = ?,"
                                    " address_line1 = ?, address_line2 = ?, city = ?, region = ?,"
                                    " postal_code = ?, country = ?, phone = ?, website = ?,"
                                    " updated_at = ?, version = version + 1"
                                    " WHERE account_id = ? AND version = ?"),
                     values + QVariantList{accountId, profile->version});
        if (update.numRowsAffected() != 1)
            return false;
    }
    profile->version += 1;
    profile->updatedAt = now;
    return true;
}

} // namespace pd::server
