#pragma once

#include <QUrl>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace pd {

class PasswordField;

// The first sign-in step: email and password, the "Forgot password?" link and
// the (not yet available) sign-in with an identity provider.
class CredentialsStep : public QWidget
{
    Q_OBJECT
public:
    explicit CredentialsStep(QWidget *parent = nullptr);

    QString email() const;
    QString password() const;
    void setEmail(const QString &email);
    void setPassword(const QString &password);
    void clearPassword();
    // Where "Forgot password?" leads; an empty URL disables it.
    void setPasswordResetUrl(const QUrl &url);
    // Focuses the first field still empty.
    void focusFirstEmpty();
    void focusPassword();

Q_SIGNALS:
    void passwordResetRequested(const QUrl &url);

private:
    QLineEdit *m_email;
    PasswordField *m_password;
    QPushButton *m_forgot;
    QPushButton *m_oidc;
    QUrl m_resetUrl;
};

} // namespace pd
