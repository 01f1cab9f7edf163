#include "net/ServerProfileStore.h"

#include "core/SettingKeys.h"

#include <QSettings>

namespace pd {

namespace {

const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kBaseUrl = QStringLiteral("base_url");
const QString kCaBundle = QStringLiteral("ca_bundle");
const QString kCaSha256 = QStringLiteral("ca_sha256");
const QString kPin = QStringLiteral("pin_sha256");
const QString kDeveloperMode = QStringLiteral("developer_mode");

} // namespace

ServerProfileStore::ServerProfileStore(QSettings &settings)
    : m_settings(settings)
{}

QList<ServerProfile> ServerProfileStore::profiles() const
{
    QList<ServerProfile> result;
    const int count = m_settings.beginReadArray(SettingKeys::serversGroup);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        ServerProfile profile;
        profile.id = m_settings.value(kId).toString();
        profile.name = m_settings.value(kName).toString();
        profile.baseUrl = QUrl(m_settings.value(kBaseUrl).toString(), QUrl::StrictMode);
        profile.caBundlePath = m_settings.value(kCaBundle).toString();
        profile.caSha256 = m_settings.value(kCaSha256).toString().toLatin1();
        profile.pinSha256 = m_settings.value(kPin).toString().toLatin1();
        profile.developerMode = m_settings.value(kDeveloperMode, false).toBool();
        if (!profile.id.isEmpty() && profile.baseUrl.isValid())
            result.append(profile);
    }
    m_settings.endArray();
    return result;
}

std::optional<ServerProfile> ServerProfileStore::profile(const QString &id) const
{
    for (const ServerProfile &profile : profiles()) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

void ServerProfileStore::save(const ServerProfile &profile)
{
    QList<ServerProfile> all = profiles();
    bool replaced = false;
    for (ServerProfile &existing : all) {
        if (existing.id == profile.id) {
            existing = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(profile);
    writeAll(all);
}

void ServerProfileStore::remove(const QString &id)
{
    QList<ServerProfile> all = profiles();
    all.removeIf([&](const ServerProfile &profile) { return profile.id == id; });
    writeAll(all);
}

void ServerProfileStore::writeAll(const QList<ServerProfile> &profiles)
{
    m_settings.remove(SettingKeys::serversGroup);
    m_settings.beginWriteArray(SettingKeys::serversGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ServerProfile &profile = profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(kId, profile.id);
        m_settings.setValue(kName, profile.name);
        m_settings.setValue(kBaseUrl, profile.baseUrl.toString());
        m_settings.setValue(kCaBundle, profile.caBundlePath);
        m_settings.setValue(kCaSha256, QString::fromLatin1(profile.caSha256));
        m_settings.setValue(kPin, QString::fromLatin1(profile.pinSha256));
        m_settings.setValue(kDeveloperMode, profile.developerMode);
    }
    m_settings.endArray();
    m_settings.sync();
}

} // namespace pd
