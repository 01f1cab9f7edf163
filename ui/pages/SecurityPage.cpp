#include "pages/SecurityPage.h"

#include "account/Account.h"
#include "account/SecuritySettings.h"
#include "account/Sessions.h"
#include "cache/CachedDocument.h"
#include "core/AppServices.h"
#include "dialogs/TypedConfirmationDialog.h"
#include "pages/LinkedIdentitiesSection.h"
#include "requests/ReportSecurityConcernDialog.h"
#include "requests/RequestFlows.h"
#include "security/ChangePasswordDialog.h"
#include "security/DisableTwoFactorDialog.h"
#include "security/EnableTwoFactorDialog.h"
#include "security/ReauthenticatedAction.h"
#include "widgets/ActionStatusBar.h"
#include "widgets/FieldFormat.h"
#include "widgets/FreshnessBar.h"
#include "widgets/PlainTextLabel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {

QWidget *row(QWidget *label, QList<QPushButton *> buttons, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 1);
    for (QPushButton *button : buttons)
        layout->addWidget(button, 0, Qt::AlignTop);
    return widget;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(name);
    return button;
}

} // namespace

SecurityPage::SecurityPage(AppServices *services, RequestFlows *flows, QWidget *parent)
    : DocumentPage(tr("Loading your security settings…"), parent)
    , m_services(services)
    , m_flows(flows)
    , m_security(services->account()->security())
{
    bind(m_security->document());
    m_status = addStatusBar();

    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(twoFactorSection(inner));
    innerLayout->addWidget(passwordSection(inner));
    m_linkedIdentities = new LinkedIdentitiesSection(services, flows, m_status, inner);
    innerLayout->addWidget(m_linkedIdentities);
    innerLayout->addWidget(sessionsSection(inner));
    innerLayout->addWidget(reportSection(inner));
    innerLayout->addWidget(adviceSection(inner));
    innerLayout->addStretch();
    addScrolled(inner, tr("Account security"),
                tr("Two-factor authentication, your password, sign-in methods and sessions"));
}

QWidget *SecurityPage::twoFactorSection(QWidget *parent)
{
    QGroupBox *box = section(tr("Two-factor authentication"), parent);
    m_twoFactor = new PlainTextLabel(QString(), tr("Two-factor authentication"), box);
    m_enable = button(tr("&Turn on two-factor…"), tr("Turn on two-factor authentication"), box);
    m_disable = button(tr("Turn &off two-factor…"), tr("Turn off two-factor authentication"), box);
    box->layout()->addWidget(row(m_twoFactor, {m_enable, m_disable}, box));
    connect(m_enable, &QPushButton::clicked, this, &SecurityPage::openEnableTwoFactor);
    connect(m_disable, &QPushButton::clicked, this, &SecurityPage::openDisableTwoFactor);
    return box;
}

QWidget *SecurityPage::passwordSection(QWidget *parent)
{
    QGroupBox *box = section(tr("Password"), parent);
    m_password = new PlainTextLabel(QString(), tr("Password"), box);
    m_changePassword = button(tr("C&hange password…"), tr("Change password"), box);
    box->layout()->addWidget(row(m_password, {m_changePassword}, box));
    connect(m_changePassword, &QPushButton::clicked, this, &SecurityPage::openChangePassword);
    return box;
}

QWidget *SecurityPage::sessionsSection(QWidget *parent)
{
    QGroupBox *box = section(tr("Signed-in devices"), parent);
    m_sessions = new PlainTextLabel(QString(), tr("Signed-in devices"), box);
    m_signOutEverywhere =
        button(tr("Sign out &everywhere…"), tr("Sign out everywhere, this app included"), box);
    box->layout()->addWidget(row(m_sessions, {m_signOutEverywhere}, box));
    connect(m_signOutEverywhere, &QPushButton::clicked, this,
            &SecurityPage::confirmSignOutEverywhere);
    return box;
}

QWidget *SecurityPage::reportSection(QWidget *parent)
{
    QGroupBox *box = section(tr("Something wrong?"), parent);
    auto *text = new PlainTextLabel(
        tr("If you have reason to believe that your interactions with the Websites, Products or "
           "Services are no longer secure, report it at once."),
        tr("About reporting"), box);
    m_report = button(tr("Report a security &concern…"), tr("Report a security concern"), box);
    box->layout()->addWidget(row(text, {m_report}, box));
    connect(m_report, &QPushButton::clicked, this, &SecurityPage::openReport);
    return box;
}

QWidget *SecurityPage::adviceSection(QWidget *parent)
{
    QGroupBox *box = section(tr("Keep your account safe"), parent);
    // The privacy policy's own advice.
    box->layout()->addWidget(new PlainTextLabel(
        tr("• Use a complex password: long, mixing letters, digits and symbols, and used nowhere "
           "else.\n"
           "• Turn on two-factor authentication, so a password alone cannot open your account.\n"
           "• Limit access to your computer and browser, and sign out when you have finished "
           "using your account.\n"
           "• Sharing personal data online always carries some risk: report anything that looks "
           "wrong."),
        tr("Security advice"), box));
    return box;
}

QString SecurityPage::pageTitle()
{
    return tr("Security");
}

QString SecurityPage::pageIconName()
{
    return QStringLiteral("security-high");
}

void SecurityPage::activate()
{
    DocumentPage::activate();
    m_linkedIdentities->load();
}

void SecurityPage::draw()
{
    const std::optional<SecurityState> security = m_security->state();
    if (!security) {
        showError(tr("The server sent security settings this app cannot read."));
        return;
    }
    const bool twoFactor = security->twoFactorEnabled;
    const std::optional<QString> &changedAt = security->passwordChangedAt;
    const qint64 sessions = security->activeSessions;
    m_twoFactor->setText(
        twoFactor ? tr("On: signing in needs a code from your authenticator app as well as your "
                       "password.")
                  : tr("Off: your password alone opens your account. Turn on two-factor "
                       "authentication to protect it better."));
    const bool enableHadFocus = m_enable->hasFocus() || m_disable->hasFocus();
    m_enable->setVisible(!twoFactor);
    m_disable->setVisible(twoFactor);
    if (enableHadFocus)
        (twoFactor ? m_disable : m_enable)->setFocus();
    m_password->setText(
        changedAt
            ? tr("Last changed %1.").arg(FieldFormat::apiDateTime(*changedAt, QLocale::LongFormat))
            : tr("Not changed since the account was created."));
    m_sessions->setText(
        tr("Your account is signed in on %n device(s) or browser(s).", nullptr, int(sessions)));
    showContent();
}

void SecurityPage::openEnableTwoFactor()
{
    auto *dialog = new EnableTwoFactorDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_status->finish(NoticeBanner::Kind::Information,
                         tr("Two-factor authentication is on. Signing in now needs a code from "
                            "your authenticator app."));
        m_security->document()->refresh();
    });
    dialog->open();
}

void SecurityPage::openDisableTwoFactor()
{
    auto *dialog = new DisableTwoFactorDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_status->finish(NoticeBanner::Kind::Warning,
                         tr("Two-factor authentication is off: your password alone now opens "
                            "your account."));
        m_security->document()->refresh();
    });
    dialog->open();
}

void SecurityPage::openChangePassword()
{
    auto *dialog = new ChangePasswordDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_status->finish(NoticeBanner::Kind::Information,
                         tr("Your password has been changed. Every other device has been "
                            "signed out."));
        m_security->document()->refresh();
    });
    dialog->open();
}

void SecurityPage::openReport()
{
    // Another flow's dialog may be open instead: then that one is raised.
    auto *dialog = qobject_cast<ReportSecurityConcernDialog *>(
        m_flows->start(QStringLiteral("security_report")));
    if (!dialog)
        return;
    // Unique: the button may be pressed again while the dialog is open.
    connect(dialog, &QDialog::accepted, this, &SecurityPage::onReportQueued, Qt::UniqueConnection);
}

void SecurityPage::onReportQueued()
{
    m_status->finish(NoticeBanner::Kind::Information,
                     tr("Your report has been saved and will be sent to the security team; "
                        "follow it on the Requests page."));
}

void SecurityPage::confirmSignOutEverywhere()
{
    auto *dialog = new TypedConfirmationDialog(
        tr("Sign out everywhere"),
        tr("Every device and browser signed in to your account is signed out at once, this app "
           "included, and the data this app keeps on this computer is removed. You must sign in "
           "again with your password everywhere."),
        tr("sign out"), tr("&Sign out everywhere"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SecurityPage::signOutEverywhere);
    dialog->open();
}

void SecurityPage::signOutEverywhere()
{
    if (!m_services->api()) {
        m_status->finish(NoticeBanner::Kind::Error, tr("Not connected to a server."));
        return;
    }
    auto *action = ReauthenticatedAction::run(
        m_services, m_services->account()->sessions()->revokeAll(true),
        tr("Signing out everywhere needs you to confirm it is you, so that someone who got hold "
           "of this app's session cannot lock you out of your other devices."),
        this);
    action->showProgressIn(m_status, tr("Signing out everywhere…"));
    m_signOutEverywhere->setEnabled(false);
    connect(action, &ReauthenticatedAction::finished, this, [this](const ApiResult &result) {
        m_signOutEverywhere->setEnabled(true);
        if (ServerAction::needsReauthentication(result)) {
            m_status->finish(NoticeBanner::Kind::Information,
                             tr("You were not signed out: you did not confirm it is you."));
            return;
        }
        if (!result.ok()) {
            m_status->finish(
                result.error->kind() == ApiError::Kind::Cancelled ? NoticeBanner::Kind::Information
                                                                  : NoticeBanner::Kind::Error,
                tr("Could not sign out everywhere: %1").arg(result.error->userMessage()));
            return;
        }
        m_status->finish(NoticeBanner::Kind::Information, tr("Signed out everywhere."));
        // The server ended this session too: forget it here and wipe the cache.
        m_services->signOut();
    });
}

} // namespace pd
