#include "signin/BrowserSignInDialog.h"

#include "dialogs/GrowToFit.h"
#include "widgets/PlainTextLabel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

BrowserSignInDialog::BrowserSignInDialog(ApiClient *client, const Discovery::OidcIssuer &issuer,
                                         QWidget *parent)
    : QDialog(parent)
    , m_providerName(issuer.displayName.isEmpty() ? issuer.issuer.host() : issuer.displayName)
    , m_authorization(new OidcAuthorization(client, issuer, this))
{
    setWindowTitle(tr("Sign in at %1").arg(m_providerName));
    GrowToFit::install(this);
    m_status = new PlainTextLabel(tr("Contacting %1…").arg(m_providerName), tr("Progress"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Waiting"));

    auto *linkHint =
        new PlainTextLabel(tr("If your browser did not open, open this link in it yourself:"),
                           tr("About the link"), this);
    m_link = new QLineEdit(this);
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Sign-in link"));
    m_openAgain = new QPushButton(tr("&Open in browser again"), this);
    m_openAgain->setAccessibleName(tr("Open the sign-in link in the browser again"));
    m_copy = new QPushButton(tr("Co&py link"), this);
    m_copy->setAccessibleName(tr("Copy the sign-in link"));
    m_openAgain->setEnabled(false);
    m_copy->setEnabled(false);
    auto *linkButtons = new QHBoxLayout;
    linkButtons->addWidget(m_openAgain);
    linkButtons->addWidget(m_copy);
    linkButtons->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel the sign-in"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(linkHint);
    layout->addWidget(m_link);
    layout->addLayout(linkButtons);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &BrowserSignInDialog::reject);
    connect(m_openAgain, &QPushButton::clicked, this, &BrowserSignInDialog::openAgain);
    connect(m_copy, &QPushButton::clicked, this, &BrowserSignInDialog::copyLink);
    connect(m_authorization, &OidcAuthorization::stepChanged, this,
            &BrowserSignInDialog::onStepChanged);
    connect(m_authorization, &OidcAuthorization::openBrowser, this,
            &BrowserSignInDialog::onOpenBrowser);
    connect(m_authorization, &OidcAuthorization::browserReturned, this,
            &BrowserSignInDialog::onBrowserReturned);
    connect(m_authorization, &OidcAuthorization::succeeded, this,
            &BrowserSignInDialog::onSucceeded);
    connect(m_authorization, &OidcAuthorization::failed, this, &BrowserSignInDialog::onFailed);
}

void BrowserSignInDialog::setBrowserTimeout(std::chrono::milliseconds timeout)
{
    m_authorization->setBrowserTimeout(timeout);
}

void BrowserSignInDialog::start()
{
    open();
    m_authorization->start();
}

void BrowserSignInDialog::reject()
{
    const bool running = m_authorization &&
                         m_authorization->step() != OidcAuthorization::Step::Idle &&
                         m_authorization->step() != OidcAuthorization::Step::Finished;
    // The attempt's failed() (Cancelled) closes the dialog.
    if (running)
        m_authorization->cancel();
    else
        QDialog::reject();
}

void BrowserSignInDialog::onStepChanged(OidcAuthorization::Step step)
{
    switch (step) {
    case OidcAuthorization::Step::Idle:
    case OidcAuthorization::Step::FetchingProvider:
        m_status->setText(tr("Contacting %1…").arg(m_providerName));
        break;
    case OidcAuthorization::Step::WaitingForBrowser:
        m_status->setText(
            tr("Waiting for you to sign in at %1 in your browser…").arg(m_providerName));
        break;
    case OidcAuthorization::Step::Redeeming:
        m_status->setText(tr("Completing the sign-in with %1…").arg(m_providerName));
        m_openAgain->setEnabled(false);
        break;
    case OidcAuthorization::Step::Finished:
        break;
    }
}

void BrowserSignInDialog::onOpenBrowser(const QUrl &url)
{
    m_url = url;
    m_link->setText(url.toString(QUrl::FullyEncoded));
    m_link->setCursorPosition(0);
    m_openAgain->setEnabled(true);
    m_copy->setEnabled(true);
    if (!QDesktopServices::openUrl(url)) {
        m_status->setText(tr("The browser could not be opened. Open the link below in your "
                             "browser to sign in at %1.")
                              .arg(m_providerName));
    }
}

void BrowserSignInDialog::onBrowserReturned()
{
    // The user was in the browser: bring the app back in front of it, with
    // this dialog (modal over its window) the active one, as the user left it.
    if (parentWidget())
        parentWidget()->window()->raise();
    raise();
    activateWindow();
}

void BrowserSignInDialog::onSucceeded(const OidcAuthorization::Result &result)
{
    Q_EMIT authorized(result);
    accept();
}

void BrowserSignInDialog::onFailed(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled) {
        QDialog::reject();
        return;
    }
    // The dialog stays, with the reason, until the user closes it; the
    // attempt (a child) with it, so the page the browser is being sent
    // right now is not cut off by its deletion.
    m_status->setText(error.userMessage());
    m_progress->hide();
    m_openAgain->setEnabled(false);
    m_copy->setEnabled(false);
    m_cancel->setText(tr("&Close"));
    m_cancel->setAccessibleName(tr("Close"));
    Q_EMIT failed(error);
}

void BrowserSignInDialog::openAgain()
{
    if (m_url.isValid() && !QDesktopServices::openUrl(m_url)) {
        m_status->setText(tr("The browser could not be opened. Open the link below in your "
                             "browser to sign in at %1.")
                              .arg(m_providerName));
    }
}

void BrowserSignInDialog::copyLink()
{
    QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
}

} // namespace pd
