#pragma once

#include "net/ServerProfile.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QPushButton;

namespace pd {

class AppServices;
class DiscoveryClient;
struct Discovery;

// The server row of the sign-in: the saved profiles, "Add on-premise
// server…", and a background fetch of the selected server's discovery
// document (its provider name and password reset page).
class ServerPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ServerPicker(AppServices *services, QWidget *parent = nullptr);
    ~ServerPicker() override;

    // Refills the list from the profile store, selecting `selectId` (or the
    // current, or the last active profile).
    void reload(const QString &selectId = {});
    bool selectProfile(const QString &id);
    bool selectProfileNamed(const QString &name);
    // Selects the profile for `url`'s origin, or offers to add it.
    void selectServerUrl(const QString &url);
    std::optional<ServerProfile> selectedProfile() const;
    bool isEmpty() const;

    // Opens the "Add on-premise server" dialog, prefilled with `url`.
    void addServer(const QString &url = {});
    void focusAddButton();

Q_SIGNALS:
    void profileChanged();
    // The selected server's discovery document arrived.
    void discovered(const pd::ServerProfile &profile, const pd::Discovery &discovery);
    // "Add server…" or an unknown URL: the window should run the Add Server
    // dialog, then reload() with the new profile selected.
    void addServerRequested(const QString &url);

private:
    void onCurrentChanged();

    AppServices *m_services;
    QComboBox *m_servers;
    QPushButton *m_add;
    QPointer<DiscoveryClient> m_discovery;
};

} // namespace pd
