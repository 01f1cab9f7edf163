#pragma once

#include "Profile.h"

#include <QString>

#include <optional>

namespace pd::server {

class Clock;
class Database;

// Reads and writes profiles. The email lives in `accounts` (it is the
// sign-in name), everything else in `profiles`; `profiles.version` drives
// the entity tag and optimistic concurrency.
class ProfileStore
{
public:
    ProfileStore(const Database &db, const Clock &clock);

    // nullopt when the account does not exist (or is deleted).
    std::optional<Profile> load(const QString &accountId) const;
    // Whether another account already signs in with `email` (lower case).
    bool emailTaken(const QString &email, const QString &accountId) const;
    // Stores *profile when the stored version is still profile->version,
    // then advances profile->version and updatedAt. False when another write
    // got there first. Run inside a transaction together with load().
    bool save(const QString &accountId, Profile *profile, bool emailChanged) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace pd::server
