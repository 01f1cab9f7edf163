#pragma once

#include "api/ApiRequest.h"

#include <QObject>

namespace pd {

class ConnectedApps;
class Cookies;
class DataLocations;
class DocumentCache;
class MarketingPreferences;
class PersonalData;
class Policy;
class SecuritySettings;
class ServerAction;
class Sessions;
class Usage;

// The signed-in account's resources as the pages see them, one object per
// family; owned by AppServices, built once the document cache exists.
class Account : public QObject
{
    Q_OBJECT
public:
    // `cache` is not owned.
    explicit Account(DocumentCache *cache, QObject *parent = nullptr);

    Sessions *sessions() const { return m_sessions; }
    Cookies *cookies() const { return m_cookies; }
    ConnectedApps *connectedApps() const { return m_connectedApps; }
    Policy *policy() const { return m_policy; }
    SecuritySettings *security() const { return m_security; }
    DataLocations *dataLocations() const { return m_dataLocations; }
    PersonalData *personalData() const { return m_personalData; }
    Usage *usage() const { return m_usage; }
    MarketingPreferences *marketing() const { return m_marketing; }

    // Starts an action whose request the core built (SecuritySettings::
    // changePassword(), EmailChange::confirm(), LinkedIdentities::
    // linkRequest()...) on the active server; null when none is active. The
    // action is a child of the account and deletes itself when finished.
    ServerAction *perform(ApiRequest request);

private:
    DocumentCache *m_cache;
    Sessions *m_sessions;
    Cookies *m_cookies;
    ConnectedApps *m_connectedApps;
    Policy *m_policy;
    SecuritySettings *m_security;
    DataLocations *m_dataLocations;
    PersonalData *m_personalData;
    Usage *m_usage;
    MarketingPreferences *m_marketing;
};

} // namespace pd
