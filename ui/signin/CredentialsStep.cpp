#include "signin/CredentialsStep.h"

#include "widgets/PasswordField.h"
#include "widgets/PlainToolTip.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {
// Server-supplied names in a button or menu: '&' is not a shortcut marker.
QString escapeMnemonic(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}
} // namespace

CredentialsStep::CredentialsStep(QWidget *parent)
    : QWidget(parent)
    , m_email(new QLineEdit(this))
    , m_password(new PasswordField(this))
    , m_forgot(new QPushButton(tr("&Forgot password?"), this))
    , m_oidc(new QPushButton(this))
    , m_providerMenu(new QMenu(this))
{
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email address"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_email->setPlaceholderText(tr("you@example.com"));

    m_forgot->setObjectName(QStringLiteral("forgotPasswordButton"));
    m_forgot->setAccessibleName(tr("Forgot password?"));
    m_forgot->setFlat(true);
    m_forgot->setEnabled(false);
    m_forgot->setToolTip(tr("Opens your provider's password reset page in the web browser"));

    m_oidc->setObjectName(QStringLiteral("oidcButton"));
    m_providerMenu->setObjectName(QStringLiteral("oidcProviderMenu"));
    m_providerMenu->setAccessibleName(tr("Identity providers"));
    clearIdentityProviders();

    auto *emailLabel = new QLabel(tr("&Email address:"), this);
    emailLabel->setBuddy(m_email);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password->lineEdit());
    auto *form = new QFormLayout;
    form->addRow(emailLabel, m_email);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_forgot);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(separator);
    layout->addWidget(m_oidc);

    connect(m_forgot, &QPushButton::clicked, this, [this] {
        if (m_resetUrl.isValid())
            Q_EMIT passwordResetRequested(m_resetUrl);
    });
    // With several providers the button opens its menu instead.
    connect(m_oidc, &QPushButton::clicked, this, [this] {
        if (m_issuers.size() == 1)
            Q_EMIT providerSignInRequested(m_issuers.constFirst());
    });
    setTabOrder(m_email, m_password->lineEdit());
}

QString CredentialsStep::email() const
{
    return m_email->text().trimmed();
}

QString CredentialsStep::password() const
{
    return m_password->text();
}

void CredentialsStep::setEmail(const QString &email)
{
    m_email->setText(email);
}

void CredentialsStep::setPassword(const QString &password)
{
    m_password->lineEdit()->setText(password);
}

void CredentialsStep::clearPassword()
{
    m_password->clear();
}

void CredentialsStep::setPasswordResetUrl(const QUrl &url)
{
    m_resetUrl = url;
    m_forgot->setEnabled(url.isValid());
}

void CredentialsStep::focusFirstEmpty()
{
    if (m_email->text().trimmed().isEmpty())
        m_email->setFocus();
    else
        focusPassword();
}

void CredentialsStep::focusPassword()
{
    m_password->lineEdit()->setFocus();
    m_password->lineEdit()->selectAll();
}

QString CredentialsStep::providerName(const Discovery::OidcIssuer &issuer)
{
    return issuer.displayName.trimmed().isEmpty() ? issuer.issuer.host()
                                                  : issuer.displayName.trimmed();
}

void CredentialsStep::setIdentityProviders(const QString &serverName,
                                           const QList<Discovery::OidcIssuer> &issuers)
{
    m_issuers = issuers;
    m_providerMenu->clear();
    m_oidc->setMenu(nullptr);
    if (issuers.isEmpty()) {
        setProviderUnavailable(
            serverName.isEmpty()
                ? tr("This server does not offer sign-in with Google or your organization's "
                     "account. Sign in with your email address and password.")
                : tr("%1 does not offer sign-in with Google or your organization's account. "
                     "Sign in with your email address and password.")
                      .arg(serverName));
        return;
    }
    m_oidc->setEnabled(true);
    m_oidc->setAccessibleDescription({});
    if (issuers.size() == 1) {
        const QString name = providerName(issuers.constFirst());
        m_oidc->setText(tr("Sign in &with %1").arg(escapeMnemonic(name)));
        m_oidc->setAccessibleName(tr("Sign in with %1").arg(name));
        m_oidc->setToolTip(
            PlainToolTip::from(tr("Opens the sign-in page of %1 in your web browser").arg(name)));
        return;
    }
    m_oidc->setText(tr("Sign in &with an identity provider"));
    m_oidc->setAccessibleName(tr("Sign in with an identity provider"));
    m_oidc->setToolTip(tr("Choose where to sign in; its sign-in page opens in your web browser"));
    for (const Discovery::OidcIssuer &issuer : issuers) {
        QAction *action = m_providerMenu->addAction(escapeMnemonic(providerName(issuer)));
        connect(action, &QAction::triggered, this,
                [this, issuer] { Q_EMIT providerSignInRequested(issuer); });
    }
    m_oidc->setMenu(m_providerMenu);
}

void CredentialsStep::clearIdentityProviders()
{
    m_issuers.clear();
    m_providerMenu->clear();
    m_oidc->setMenu(nullptr);
    setProviderUnavailable(tr("Available when the server says it offers sign-in with Google or "
                              "your organization's account."));
}

void CredentialsStep::setProviderUnavailable(const QString &why)
{
    m_oidc->setText(tr("Sign in with &Google / your organization"));
    m_oidc->setAccessibleName(tr("Sign in with Google or your organization"));
    m_oidc->setAccessibleDescription(why);
    m_oidc->setToolTip(PlainToolTip::from(why));
    m_oidc->setEnabled(false);
}

void CredentialsStep::focusProviderButton()
{
    if (m_oidc->isEnabled())
        m_oidc->setFocus();
}

} // namespace pd
