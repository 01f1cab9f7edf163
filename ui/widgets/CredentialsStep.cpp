#include "widgets/CredentialsStep.h"

#include "widgets/PasswordField.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

CredentialsStep::CredentialsStep(QWidget *parent)
    : QWidget(parent)
    , m_email(new QLineEdit(this))
    , m_password(new PasswordField(this))
    , m_forgot(new QPushButton(tr("&Forgot password?"), this))
    , m_oidc(new QPushButton(tr("Sign in with &Google / your organization"), this))
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
    m_oidc->setAccessibleName(tr("Sign in with Google or your organization"));
    m_oidc->setAccessibleDescription(tr("Coming soon"));
    m_oidc->setToolTip(tr("Coming soon"));
    m_oidc->setEnabled(false);

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

} // namespace pd
