#include "pages/LinkedIdentitiesSection.h"

#include "account/Account.h"
#include "cache/CachedDocument.h"
#include "core/AppServices.h"
#include "requests/RequestFlows.h"
#include "security/ReauthenticatedAction.h"
#include "signin/BrowserSignInDialog.h"
#include "widgets/ActionStatusBar.h"
#include "widgets/FieldFormat.h"
#include "widgets/PlainTextLabel.h"

#include <algorithm>

#include <QApplication>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

LinkedIdentitiesSection::LinkedIdentitiesSection(AppServices *services, RequestFlows *flows,
                                                 ActionStatusBar *status, QWidget *parent)
    : QGroupBox(tr("Sign-in with Google or your organization"), parent)
    , m_services(services)
    , m_flows(flows)
    , m_status(status)
    , m_document(new CachedDocument(services->documents(), QStringLiteral("auth/oidc/identities"),
                                    LinkedIdentities::listRequest(), this))
{
    setAccessibleName(title());
    auto *intro = new PlainTextLabel(
        tr("Sign in to this account with your Google account or your organization's account "
           "instead of your password. Only the sign-ins you link here can open your account."),
        tr("About linked sign-ins"), this);
    auto *rows = new QWidget(this);
    m_rowsLayout = new QVBoxLayout(rows);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_listMessage =
        new PlainTextLabel(tr("Loading your linked sign-ins…"), tr("Linked sign-ins"), this);
    m_link = new QPushButton(tr("&Link Google / organization sign-in…"), this);
    m_link->setAccessibleName(tr("Link Google or organization sign-in"));
    m_issuerMenu = new QMenu(m_link);
    m_issuerMenu->setAccessibleName(tr("Where to sign in"));
    m_availability = new PlainTextLabel(QString(), tr("About linking"), this);

    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_availability, 1);
    linkRow->addWidget(m_link, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(rows);
    layout->addWidget(m_listMessage);
    layout->addLayout(linkRow);

    connect(m_document, &CachedDocument::changed, this, &LinkedIdentitiesSection::render);
    connect(m_document, &CachedDocument::refreshFailed, this,
            &LinkedIdentitiesSection::onRefreshFailed);
    connect(m_flows, &RequestFlows::discoveryChanged, this,
            &LinkedIdentitiesSection::updateLinking);
    connect(m_link, &QPushButton::clicked, this, [this] {
        // With several providers the button's menu chooses instead.
        if (m_issuers.size() == 1)
            signInAt(m_issuers.constFirst());
    });
    updateLinking();
}

BrowserSignInDialog *LinkedIdentitiesSection::signInDialog() const
{
    return m_signIn;
}

void LinkedIdentitiesSection::load()
{
    m_document->load();
    if (!m_flows->discovery())
        m_flows->refreshDiscovery();
}

QString LinkedIdentitiesSection::providerName(const LinkedIdentity &identity)
{
    if (!identity.providerName.isEmpty())
        return identity.providerName;
    const QString host = QUrl(identity.issuer).host();
    return host.isEmpty() ? identity.issuer : host;
}

void LinkedIdentitiesSection::clearRows()
{
    QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = std::any_of(m_rows.cbegin(), m_rows.cend(), [focus](const QWidget *row) {
        return focus && row->isAncestorOf(focus);
    });
    // Rebuilt on a new copy of the list, never from a row's own signal.
    qDeleteAll(m_rows);
    m_rows.clear();
    m_identityLabels.clear();
    m_unlinkButtons.clear();
    if (hadFocus)
        m_link->setFocus();
}

void LinkedIdentitiesSection::render()
{
    clearRows();
    ApiError error;
    const std::optional<QList<LinkedIdentity>> identities =
        LinkedIdentities::parse(m_document->document().json, &error);
    if (!identities) {
        m_identities.clear();
        m_listMessage->setText(
            tr("The server sent a list of linked sign-ins this app cannot read."));
        m_listMessage->show();
        return;
    }
    m_identities = *identities;
    for (const LinkedIdentity &identity : std::as_const(m_identities)) {
        const QString name = providerName(identity);
        auto *row = new QWidget(m_rowsLayout->parentWidget());
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        const QString text =
            tr("%1, linked on %2")
                .arg(name, FieldFormat::date(identity.linkedAt.toLocalTime().date(),
                                             QLocale::LongFormat));
        auto *label = new PlainTextLabel(text, text, row);
        auto *unlink = new QPushButton(tr("Unlink…"), row);
        unlink->setAccessibleName(tr("Unlink the %1 sign-in").arg(name));
        unlink->setEnabled(!m_busy);
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(unlink, 0, Qt::AlignTop);
        m_rowsLayout->addWidget(row);
        connect(unlink, &QPushButton::clicked, this, [this, identity] { confirmUnlink(identity); });
        m_rows.append(row);
        m_identityLabels.append(label);
        m_unlinkButtons.append(unlink);
    }
    m_listMessage->setText(tr("No sign-in is linked to your account yet."));
    m_listMessage->setVisible(m_identities.isEmpty());
}

void LinkedIdentitiesSection::onRefreshFailed(const ApiError &error)
{
    if (m_document->hasCopy() || error.kind() == ApiError::Kind::Cancelled)
        return;
    m_listMessage->setText(
        tr("Your linked sign-ins could not be loaded: %1").arg(error.userMessage()));
    m_listMessage->show();
}

void LinkedIdentitiesSection::updateLinking()
{
    const std::optional<Discovery> discovery = m_flows->discovery();
    m_issuers = discovery ? discovery->oidcIssuers : QList<Discovery::OidcIssuer>();
    m_issuerMenu->clear();
    if (m_issuers.size() > 1) {
        for (const Discovery::OidcIssuer &issuer : std::as_const(m_issuers)) {
            const QString name =
                issuer.displayName.isEmpty() ? issuer.issuer.host() : issuer.displayName;
            QAction *action = m_issuerMenu->addAction(tr("Sign in at %1…").arg(name));
            connect(action, &QAction::triggered, this, [this, issuer] { signInAt(issuer); });
        }
        m_link->setMenu(m_issuerMenu);
    } else {
        m_link->setMenu(nullptr);
    }
    if (!discovery) {
        m_availability->setText(
            tr("Linking is possible once this app has reached your account's server."));
    } else if (m_issuers.isEmpty()) {
        m_availability->setText(
            tr("This server does not offer sign-in with Google or an organization's account."));
    } else {
        m_availability->setText(QString());
    }
    m_availability->setVisible(!m_availability->text().isEmpty());
    m_link->setEnabled(!m_busy && !m_issuers.isEmpty());
}

void LinkedIdentitiesSection::setBusy(bool busy)
{
    m_busy = busy;
    for (QPushButton *button : std::as_const(m_unlinkButtons))
        button->setEnabled(!busy);
    m_link->setEnabled(!busy && !m_issuers.isEmpty());
}

void LinkedIdentitiesSection::signInAt(const Discovery::OidcIssuer &issuer)
{
    ApiClient *api = m_services->api();
    if (!api) {
        m_status->finish(NoticeBanner::Kind::Error, tr("Not connected to a server."));
        return;
    }
    if (m_signIn) {
        m_signIn->raise();
        return;
    }
    const QString name = issuer.displayName.isEmpty() ? issuer.issuer.host() : issuer.displayName;
    auto *dialog = new BrowserSignInDialog(api, issuer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn = dialog;
    setBusy(true);
    connect(dialog, &BrowserSignInDialog::authorized, this,
            [this, name](const OidcAuthorization::Result &result) { link(result, name); });
    connect(dialog, &BrowserSignInDialog::failed, this, [this, name](const ApiError &error) {
        setBusy(false);
        m_status->finish(NoticeBanner::Kind::Error,
                         tr("Your %1 sign-in was not linked: %2").arg(name, error.userMessage()));
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_status->isBusy())
            setBusy(false);
    });
    dialog->start();
}

void LinkedIdentitiesSection::link(const OidcAuthorization::Result &signIn, const QString &provider)
{
    auto *action = ReauthenticatedAction::run(
        m_services,
        m_services->account()->perform(
            LinkedIdentities::linkRequest(signIn.issuer, signIn.idToken)),
        tr("Linking a sign-in needs you to confirm it is you, so that someone who got hold of "
           "this app's session cannot add their own way into your account."),
        this);
    action->showProgressIn(m_status, tr("Linking your %1 sign-in…").arg(provider));
    connect(action, &ReauthenticatedAction::finished, this,
            [this, provider](const ApiResult &result) {
                setBusy(false);
                if (result.ok()) {
                    m_status->finish(NoticeBanner::Kind::Information,
                                     tr("Your %1 sign-in is linked: you can now use it to sign "
                                        "in to this account.")
                                         .arg(provider));
                    m_document->refresh();
                } else if (ServerAction::needsReauthentication(result)) {
                    m_status->finish(NoticeBanner::Kind::Information,
                                     tr("Your %1 sign-in was not linked: you did not confirm it "
                                        "is you.")
                                         .arg(provider));
                } else if (result.error->isProblem(QLatin1String("conflict"))) {
                    m_status->finish(NoticeBanner::Kind::Error,
                                     tr("This %1 sign-in is already linked to another account, "
                                        "so it cannot be linked to this one.")
                                         .arg(provider));
                } else if (result.error->kind() == ApiError::Kind::Cancelled) {
                    m_status->finish(
                        NoticeBanner::Kind::Information,
                        tr("Cancelled: your %1 sign-in may still have been linked.").arg(provider));
                    m_document->refresh();
                } else {
                    m_status->finish(NoticeBanner::Kind::Error,
                                     tr("Your %1 sign-in was not linked: %2")
                                         .arg(provider, result.error->userMessage()));
                }
            });
}

void LinkedIdentitiesSection::confirmUnlink(const LinkedIdentity &identity)
{
    const QString name = providerName(identity);
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Unlink sign-in"),
        tr("Once unlinked, your %1 sign-in can no longer be used to sign in to this account. "
           "You can still sign in with your password, and link it again later.")
            .arg(name),
        QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("&Unlink"), QMessageBox::DestructiveRole);
    confirm->setAccessibleName(tr("Unlink the %1 sign-in").arg(name));
    box->button(QMessageBox::Cancel)->setAccessibleName(tr("Keep the sign-in linked"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, identity] {
        if (box->clickedButton() == confirm)
            unlink(identity);
    });
    box->open();
}

void LinkedIdentitiesSection::unlink(const LinkedIdentity &identity)
{
    if (!m_services->api()) {
        m_status->finish(NoticeBanner::Kind::Error, tr("Not connected to a server."));
        return;
    }
    const QString name = providerName(identity);
    auto *action = ReauthenticatedAction::run(
        m_services, m_services->account()->perform(LinkedIdentities::unlinkRequest(identity.id)),
        tr("Unlinking a sign-in needs you to confirm it is you, so that someone who got hold of "
           "this app's session cannot take away your way into your account."),
        this);
    setBusy(true);
    action->showProgressIn(m_status, tr("Unlinking your %1 sign-in…").arg(name));
    connect(action, &ReauthenticatedAction::finished, this, [this, name](const ApiResult &result) {
        setBusy(false);
        if (result.ok() || result.error->isProblem(QLatin1String("not-found"))) {
            m_status->finish(NoticeBanner::Kind::Information,
                             tr("Your %1 sign-in is unlinked: it can no longer be used to sign "
                                "in to this account.")
                                 .arg(name));
            m_document->refresh();
        } else if (ServerAction::needsReauthentication(result)) {
            m_status->finish(
                NoticeBanner::Kind::Information,
                tr("Your %1 sign-in was not unlinked: you did not confirm it is you.").arg(name));
        } else if (result.error->kind() == ApiError::Kind::Cancelled) {
            m_status->finish(
                NoticeBanner::Kind::Information,
                tr("Cancelled: your %1 sign-in may still have been unlinked.").arg(name));
            m_document->refresh();
        } else {
            m_status->finish(
                NoticeBanner::Kind::Error,
                tr("Could not unlink your %1 sign-in: %2").arg(name, result.error->userMessage()));
        }
    });
}

} // namespace pd
