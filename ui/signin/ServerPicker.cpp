#include "signin/ServerPicker.h"

#include "core/AppServices.h"
#include "discovery/DiscoveryClient.h"
#include "net/ServerProfileStore.h"
#include "widgets/PlainToolTip.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pd {

ServerPicker::ServerPicker(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_servers(new QComboBox(this))
    , m_add(new QPushButton(tr("A&dd On-Premise Server…"), this))
{
    m_servers->setObjectName(QStringLiteral("serverCombo"));
    m_servers->setAccessibleName(tr("Server"));
    m_servers->view()->setAccessibleName(tr("Servers"));
    m_servers->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_add->setObjectName(QStringLiteral("addServerButton"));
    m_add->setAccessibleName(tr("Add on-premise server"));
    auto *label = new QLabel(tr("Se&rver:"), this);
    label->setBuddy(m_servers);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_servers, 1);
    layout->addWidget(m_add);
    connect(m_servers, &QComboBox::currentIndexChanged, this, &ServerPicker::onCurrentChanged);
    connect(m_add, &QPushButton::clicked, this, [this] { addServer(); });
}

ServerPicker::~ServerPicker() = default;

void ServerPicker::reload(const QString &selectId)
{
    const QString wanted = !selectId.isEmpty()              ? selectId
                           : m_servers->currentIndex() >= 0 ? m_servers->currentData().toString()
                                                            : m_services->lastProfileId();
    {
        const QSignalBlocker blocker(m_servers);
        m_servers->clear();
        for (const ServerProfile &profile : m_services->profiles().profiles()) {
            const QString name = profile.name.isEmpty() ? profile.baseUrl.host() : profile.name;
            m_servers->addItem(tr("%1 (%2)").arg(name, profile.baseUrl.host()), profile.id);
            m_servers->setItemData(m_servers->count() - 1,
                                   PlainToolTip::from(profile.baseUrl.toDisplayString()),
                                   Qt::ToolTipRole);
        }
        const int index = m_servers->findData(wanted);
        m_servers->setCurrentIndex(index >= 0 ? index : (m_servers->count() > 0 ? 0 : -1));
    }
    m_servers->setEnabled(!isEmpty());
    onCurrentChanged();
}

bool ServerPicker::selectProfile(const QString &id)
{
    const int index = m_servers->findData(id);
    if (index < 0)
        return false;
    m_servers->setCurrentIndex(index);
    return true;
}

bool ServerPicker::selectProfileNamed(const QString &name)
{
    for (const ServerProfile &profile : m_services->profiles().profiles()) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0 || profile.id == name)
            return selectProfile(profile.id);
    }
    return false;
}

void ServerPicker::selectServerUrl(const QString &url)
{
    QString text = url.trimmed();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl origin = ServerProfile::originOf(QUrl(text, QUrl::StrictMode));
    for (const ServerProfile &profile : m_services->profiles().profiles()) {
        if (ServerProfile::originOf(profile.baseUrl) == origin) {
            selectProfile(profile.id);
            return;
        }
    }
    addServer(url);
}

std::optional<ServerProfile> ServerPicker::selectedProfile() const
{
    if (m_servers->currentIndex() < 0)
        return std::nullopt;
    return m_services->profiles().profile(m_servers->currentData().toString());
}

bool ServerPicker::isEmpty() const
{
    return m_servers->count() == 0;
}

void ServerPicker::focusAddButton()
{
    m_add->setFocus();
}

void ServerPicker::addServer(const QString &url)
{
    // The window that holds the picker runs the dialog (and owns its outcome).
    Q_EMIT addServerRequested(url);
}

void ServerPicker::onCurrentChanged()
{
    if (m_discovery) {
        m_discovery->deleteLater();
        m_discovery = nullptr;
    }
    Q_EMIT profileChanged();
    const auto profile = selectedProfile();
    if (!profile)
        return;
    auto *client = new DiscoveryClient(nullptr, {}, this);
    m_discovery = client;
    // An answer for a server no longer selected is dropped.
    connect(client, &DiscoveryClient::discovered, this,
            [this, client](const ServerProfile &found, const Discovery &discovery) {
                if (client != m_discovery)
                    return;
                m_discovery->deleteLater();
                m_discovery = nullptr;
                Q_EMIT discovered(found, discovery);
            });
    client->fetch(*profile);
}

} // namespace pd
