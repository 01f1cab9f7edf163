#pragma once

#include "net/ServerProfile.h"

#include <QList>

#include <optional>

class QSettings;

namespace pd {

// Persists server profiles in an injected QSettings under "servers/". Only
// the profile's public fields are written: never a token or password.
class ServerProfileStore
{
public:
    explicit ServerProfileStore(QSettings &settings);

    QList<ServerProfile> profiles() const;
    std::optional<ServerProfile> profile(const QString &id) const;
    // Adds the profile, or replaces the one with the same id.
    void save(const ServerProfile &profile);
    void remove(const QString &id);

private:
    void writeAll(const QList<ServerProfile> &profiles);

    QSettings &m_settings;
};

} // namespace pd
