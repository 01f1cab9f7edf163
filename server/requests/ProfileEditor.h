#pragma once

#include "data/Profile.h"
#include "data/ProfileStore.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pd::server {

class Clock;
class Database;

// The profile side of `edit` requests, built on the same ProfileStore and
// ProfilePatch as PATCH /profile so both validate and store alike and share
// the ETag (`"p-<version>"`).
class ProfileEditor
{
public:
    ProfileEditor(const Database &db, const Clock &clock);

    std::optional<Profile> load(const QString &accountId) const;

    // Applies `changes` (a ProfilePatch) when the profile is still at
    // `expectedEtag`. Returns an empty string on success, else the reason
    // (for the request history) why nothing was changed; the caller owns the
    // transaction and must roll it back in that case. `reasonCode`, when
    // given, receives the reason's RequestDenialReason.
    QString apply(const QString &accountId, const QJsonObject &changes, const QString &expectedEtag,
                  QString *reasonCode = nullptr) const;

private:
    ProfileStore m_store;
};

} // namespace pd::server
