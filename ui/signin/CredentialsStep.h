#pragma once

#include "discovery/Discovery.h"

#include <QList>
#include <QUrl>
#include <QWidget>

class QLineEdit;
class QMenu;
class QPushButton;

namespace pd {

class PasswordField;

// The first sign-in step: email and password, the "Forgot password?" link and
// single sign-on at the identity providers the server offers (one button; a
// menu on it when there are several).
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

    // The identity providers `serverName` offers (its discovery document);
    // none disables single sign-on and says why.
    void setIdentityProviders(const QString &serverName,
                              const QList<Discovery::OidcIssuer> &issuers);
    // Another server was chosen: single sign-on waits for its discovery.
    void clearIdentityProviders();
    void focusProviderButton();
    // The name to show for `issuer`: its display name, else its host.
    static QString providerName(const Discovery::OidcIssuer &issuer);

Q_SIGNALS:
    void passwordResetRequested(const QUrl &url);
    void providerSignInRequested(const pd::Discovery::OidcIssuer &issuer);

private:
    QLineEdit *m_email;
    PasswordField *m_password;
    QPushButton *m_forgot;
    void setProviderUnavailable(const QString &why);

    QPushButton *m_oidc;
    QMenu *m_providerMenu;
    QList<Discovery::OidcIssuer> m_issuers;
    QUrl m_resetUrl;
};

} // namespace pd
