#include "pages/DevicesPage.h"

#include "account/Account.h"
#include "account/Sessions.h"
#include "cache/CachedDocument.h"
#include "core/AppServices.h"
#include "dialogs/TypedConfirmationDialog.h"
#include "security/ReauthenticatedAction.h"
#include "widgets/ActionStatusBar.h"
#include "widgets/FieldFormat.h"
#include "widgets/FreshnessBar.h"
#include "widgets/PlaceFormat.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/ReadOnlyTable.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

namespace {

enum Column { Device, Place, Address, LastSeen, SignedIn, Method };
constexpr int kIdRole = Qt::UserRole;
constexpr int kCurrentRole = Qt::UserRole + 1;

} // namespace

DevicesPage::DevicesPage(AppServices *services, QWidget *parent)
    : DocumentPage(tr("Loading your signed-in devices…"), parent)
    , m_services(services)
    , m_sessions(services->account()->sessions())
{
    bind(m_sessions->document());
    QWidget *content = body();
    m_status = addStatusBar();
    auto *intro = new PlainTextLabel(
        tr("These devices and browsers are signed in to your account. If you do not recognize "
           "one, revoke it and change your password."),
        tr("About signed-in devices"), content);

    m_table = new ReadOnlyTable({tr("Device"), tr("Place"), tr("Address"), tr("Last seen"),
                                 tr("Signed in"), tr("Signed in with")},
                                tr("Signed-in devices"), content);
    m_table->setStretchColumn(Device);

    m_revoke = new QPushButton(tr("Re&voke…"), content);
    m_revoke->setAccessibleName(tr("Revoke the selected session"));
    m_revoke->setToolTip(tr("Sign the selected device out of your account"));
    m_revokeOthers = new QPushButton(tr("Sign out &everywhere else…"), content);
    m_revokeOthers->setAccessibleName(tr("Sign out everywhere else"));
    m_revokeOthers->setToolTip(tr("Sign out every device and browser except this app"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_revokeOthers);
    buttons->addStretch();

    QVBoxLayout *layout = contentLayout();
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DevicesPage::updateButtons);
    connect(m_revoke, &QPushButton::clicked, this, &DevicesPage::confirmRevoke);
    connect(m_revokeOthers, &QPushButton::clicked, this, &DevicesPage::confirmRevokeOthers);
    updateButtons();
}

QString DevicesPage::signInMethodText(const QString &method)
{
    if (method == QLatin1String("password"))
        return tr("Password");
    if (method == QLatin1String("oidc"))
        return tr("Single sign-on");
    return tr("Unknown");
}

QString DevicesPage::pageTitle()
{
    return tr("Devices");
}

QString DevicesPage::pageIconName()
{
    return QStringLiteral("computer");
}

void DevicesPage::draw()
{
    const std::optional<QList<Session>> sessions = m_sessions->list();
    if (!sessions) {
        showError(tr("The server sent a list of sessions this app cannot read."));
        return;
    }
    const QString selectedId =
        m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), Device)
            ? m_table->item(m_table->currentRow(), Device)->data(kIdRole).toString()
            : QString();
    m_table->clearRows();
    // Servers before single sign-on do not say: then the column is hidden.
    bool methodKnown = false;
    for (const Session &session : *sessions) {
        QString device = session.deviceName;
        if (device.isEmpty())
            device = session.userAgent.isEmpty() ? tr("Unknown device") : session.userAgent;
        if (session.current)
            device = tr("%1 (this device)").arg(device);
        const QString place =
            session.place ? PlaceFormat::location(*session.place) : tr("Unknown place");
        methodKnown = methodKnown || session.signInMethod.has_value();
        const int row = m_table->addRow(
            {device, place, session.ipAddress, FieldFormat::apiDateTime(session.lastSeenAt),
             FieldFormat::apiDateTime(session.createdAt),
             signInMethodText(session.signInMethod.value_or(QString()))});
        QTableWidgetItem *deviceItem = m_table->item(row, Device);
        deviceItem->setData(kIdRole, session.id);
        deviceItem->setData(kCurrentRole, session.current);
        if (session.current) {
            QFont font = deviceItem->font();
            font.setBold(true);
            deviceItem->setFont(font);
        }
        if (session.id == selectedId)
            m_table->selectRow(row);
    }
    m_table->setColumnHidden(Method, !methodKnown);
    if (sessions->isEmpty())
        showEmpty(tr("No device is signed in to your account."));
    else
        showContent();
    updateButtons();
}

void DevicesPage::updateButtons()
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, Device) : nullptr;
    const bool busy = m_status->isBusy();
    m_revoke->setEnabled(!busy && item && !m_table->selectedItems().isEmpty() &&
                         !item->data(kCurrentRole).toBool());
    bool others = false;
    for (int i = 0; i < m_table->rowCount(); ++i)
        others = others || !m_table->item(i, Device)->data(kCurrentRole).toBool();
    m_revokeOthers->setEnabled(!busy && others);
}

void DevicesPage::confirmRevoke()
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, Device) : nullptr;
    if (!item || item->data(kCurrentRole).toBool())
        return;
    const QString id = item->data(kIdRole).toString();
    const QString device = item->text();
    auto *dialog = new TypedConfirmationDialog(
        tr("Revoke session"),
        tr("“%1” will be signed out of your account at once. Whoever uses it must sign in "
           "again with your password; anything not yet saved there may be lost.")
            .arg(device),
        tr("revoke"), tr("&Revoke session"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id, device] { revoke(id, device); });
    dialog->open();
}

void DevicesPage::revoke(const QString &sessionId, const QString &device)
{
    if (!m_services->api()) {
        m_status->finish(NoticeBanner::Kind::Error, tr("Not connected to a server."));
        return;
    }
    auto *action = ReauthenticatedAction::run(
        m_services, m_sessions->revoke(sessionId),
        tr("Signing “%1” out of your account needs you to confirm it is you, so that someone "
           "who got hold of this app's session cannot lock you out of your other devices.")
            .arg(device),
        this);
    action->showProgressIn(m_status, tr("Revoking “%1”…").arg(device));
    updateButtons();
    connect(action, &ReauthenticatedAction::finished, this,
            [this, device](const ApiResult &result) {
                if (result.ok() || result.error->isProblem(QLatin1String("not-found"))) {
                    m_status->finish(NoticeBanner::Kind::Information,
                                     tr("“%1” has been signed out.").arg(device));
                    m_sessions->document()->refresh();
                } else if (ServerAction::needsReauthentication(result)) {
                    m_status->finish(
                        NoticeBanner::Kind::Information,
                        tr("“%1” was not signed out: you did not confirm it is you.").arg(device));
                } else if (result.error->kind() == ApiError::Kind::Cancelled) {
                    m_status->finish(NoticeBanner::Kind::Information,
                                     tr("Cancelled: the session may still have been revoked."));
                    m_sessions->document()->refresh();
                } else {
                    m_status->finish(
                        NoticeBanner::Kind::Error,
                        tr("Could not revoke “%1”: %2").arg(device, result.error->userMessage()));
                }
                updateButtons();
            });
}

void DevicesPage::confirmRevokeOthers()
{
    auto *dialog = new TypedConfirmationDialog(
        tr("Sign out everywhere else"),
        tr("Every other device and browser signed in to your account is signed out at once; "
           "this app stays signed in. They must sign in again with your password, and anything "
           "not yet saved there may be lost."),
        tr("sign out"), tr("&Sign out everywhere else"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &DevicesPage::revokeOthers);
    dialog->open();
}

void DevicesPage::revokeOthers()
{
    if (!m_services->api()) {
        m_status->finish(NoticeBanner::Kind::Error, tr("Not connected to a server."));
        return;
    }
    auto *action = ReauthenticatedAction::run(
        m_services, m_sessions->revokeAll(false),
        tr("Signing out every other device needs you to confirm it is you, so that someone who "
           "got hold of this app's session cannot lock you out of your other devices."),
        this);
    action->showProgressIn(m_status, tr("Signing out the other devices…"));
    updateButtons();
    connect(action, &ReauthenticatedAction::finished, this, [this](const ApiResult &result) {
        if (result.ok()) {
            m_status->finish(NoticeBanner::Kind::Information,
                             tr("Every other device has been signed out."));
        } else if (ServerAction::needsReauthentication(result)) {
            m_status->finish(NoticeBanner::Kind::Information,
                             tr("The other devices were not signed out: you did not confirm it "
                                "is you."));
        } else if (result.error->kind() == ApiError::Kind::Cancelled) {
            m_status->finish(NoticeBanner::Kind::Information,
                             tr("Cancelled: some devices may have been signed out."));
        } else {
            m_status->finish(
                NoticeBanner::Kind::Error,
                tr("Could not sign out the other devices: %1").arg(result.error->userMessage()));
        }
        m_sessions->document()->refresh();
        updateButtons();
    });
}

} // namespace pd
