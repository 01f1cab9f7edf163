#include "pages/ConnectedAppsPage.h"

#include "account/Account.h"
#include "account/ConnectedApps.h"
#include "account/ServerAction.h"
#include "core/AppServices.h"
#include "dialogs/TypedConfirmationDialog.h"
#include "widgets/ActionStatusBar.h"
#include "widgets/FieldFormat.h"
#include "widgets/FreshnessBar.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/ReadOnlyTable.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

namespace {

enum Column { Client, Scopes, Granted, LastUsed };
constexpr int kIdRole = Qt::UserRole;

} // namespace

ConnectedAppsPage::ConnectedAppsPage(AppServices *services, QWidget *parent)
    : DocumentPage(tr("Loading the apps connected to your Google account…"), parent)
    , m_apps(services->account()->connectedApps())
{
    bind(m_apps->document());
    QWidget *content = body();
    m_status = addStatusBar();
    auto *intro = new PlainTextLabel(
        tr("These products can use data from your Google account because you authorized them "
           "through Google OAuth. Revoking one stops it from using your Google data."),
        tr("About connected apps"), content);

    m_table = new ReadOnlyTable({tr("App"), tr("Access to"), tr("Authorised"), tr("Last used")},
                                tr("Apps connected to your Google account"), content);
    m_table->setStretchColumn(Scopes);
    m_emptyList = new PlainTextLabel(tr("No app has access to your Google account."),
                                     tr("No connected apps"), content);
    m_emptyList->hide();

    m_revoke = new QPushButton(tr("Re&voke access…"), content);
    m_revoke->setAccessibleName(tr("Revoke the selected app's access"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revoke);
    buttons->addStretch();

    auto *statementBox = new QGroupBox(tr("Google API Services: Limited Use"), content);
    m_limitedUse = new PlainTextLabel(QString(), tr("Limited Use statement"), statementBox);
    auto *statementLayout = new QVBoxLayout(statementBox);
    statementLayout->addWidget(m_limitedUse);

    QVBoxLayout *layout = contentLayout();
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyList);
    layout->addLayout(buttons);
    layout->addWidget(statementBox);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConnectedAppsPage::updateButtons);
    connect(m_revoke, &QPushButton::clicked, this, &ConnectedAppsPage::confirmRevoke);
    updateButtons();
}

QString ConnectedAppsPage::pageTitle()
{
    return tr("Connected apps");
}

QString ConnectedAppsPage::pageIconName()
{
    return QStringLiteral("applications-internet");
}

void ConnectedAppsPage::draw()
{
    const std::optional<ConnectedAppList> list = m_apps->list();
    if (!list) {
        showError(tr("The server sent a list of connected apps this app cannot read."));
        return;
    }
    m_table->clearRows();
    for (const ConnectedApp &app : list->apps) {
        const int row = m_table->addRow(
            {app.clientName, app.scopes.join(QLatin1Char('\n')),
             FieldFormat::apiDateTime(app.grantedAt),
             app.lastUsedAt ? FieldFormat::apiDateTime(*app.lastUsedAt) : tr("Never")});
        m_table->item(row, Client)->setData(kIdRole, app.id);
    }
    m_limitedUse->setText(list->limitedUseStatement);
    m_table->setVisible(!list->apps.isEmpty());
    m_emptyList->setVisible(list->apps.isEmpty());
    updateButtons();
    showContent();
}

void ConnectedAppsPage::updateButtons()
{
    m_revoke->setEnabled(!m_status->isBusy() && !m_table->selectedItems().isEmpty());
    m_revoke->setVisible(m_table->rowCount() > 0);
}

void ConnectedAppsPage::confirmRevoke()
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, Client) : nullptr;
    if (!item)
        return;
    const QString id = item->data(kIdRole).toString();
    const QString client = item->text();
    auto *dialog = new TypedConfirmationDialog(
        tr("Revoke access"),
        tr("“%1” loses its access to your Google account at once. The features that rely on it "
           "stop working until you authorise it again through Google.")
            .arg(client),
        tr("revoke"), tr("&Revoke access"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id, client] { revoke(id, client); });
    dialog->open();
}

void ConnectedAppsPage::revoke(const QString &id, const QString &client)
{
    ServerAction *job = m_apps->revoke(id);
    if (!job) {
        m_status->finish(NoticeBanner::Kind::Error, tr("Not connected to a server."));
        return;
    }
    m_status->start(tr("Revoking the access of “%1”…").arg(client), job);
    updateButtons();
    connect(job, &ServerAction::finished, this, [this, client](const ApiResult &result) {
        if (result.ok() || result.error->isProblem(QLatin1String("not-found"))) {
            m_status->finish(NoticeBanner::Kind::Information,
                             tr("“%1” no longer has access to your Google account.").arg(client));
        } else if (result.error->kind() == ApiError::Kind::Cancelled) {
            m_status->finish(NoticeBanner::Kind::Information,
                             tr("Cancelled: the access may still have been revoked."));
        } else {
            m_status->finish(
                NoticeBanner::Kind::Error,
                tr("Could not revoke “%1”: %2").arg(client, result.error->userMessage()));
        }
        updateButtons(); // ConnectedApps refreshes the list
    });
}

} // namespace pd
