#pragma once

#include "pages/DocumentPage.h"

class QPushButton;

namespace pd {

class ActionStatusBar;
class AppServices;
class LinkedIdentitiesSection;
class PlainTextLabel;
class RequestFlows;
class SecuritySettings;

// The account's security (SecuritySettings): two-factor authentication on
// or off (turn on with EnableTwoFactorDialog, off with
// DisableTwoFactorDialog), the password's age (ChangePasswordDialog), the
// sign-ins at Google or the organization linked to the account
// (LinkedIdentitiesSection), the number of sessions and "Sign out
// everywhere", "Report a security concern…" (the security_report flow of
// RequestFlows), and the policy's advice.
class SecurityPage : public DocumentPage
{
    Q_OBJECT
public:
    // `flows` opens the security report and holds the discovery document
    // (which providers can be linked); neither is owned.
    SecurityPage(AppServices *services, RequestFlows *flows, QWidget *parent = nullptr);

    // Also the sidebar's entry before the page is built (PageCatalog).
    static QString pageKey() { return QStringLiteral("security"); }
    static QString pageTitle();
    static QString pageIconName();
    QString key() const override { return pageKey(); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
    void activate() override;

    PlainTextLabel *twoFactorLabel() const { return m_twoFactor; }
    QPushButton *enableTwoFactorButton() const { return m_enable; }
    QPushButton *disableTwoFactorButton() const { return m_disable; }
    QPushButton *changePasswordButton() const { return m_changePassword; }
    QPushButton *signOutEverywhereButton() const { return m_signOutEverywhere; }
    QPushButton *reportButton() const { return m_report; }
    LinkedIdentitiesSection *linkedIdentities() const { return m_linkedIdentities; }

private:
    QWidget *twoFactorSection(QWidget *parent);
    QWidget *passwordSection(QWidget *parent);
    QWidget *sessionsSection(QWidget *parent);
    QWidget *reportSection(QWidget *parent);
    QWidget *adviceSection(QWidget *parent);
    void draw() override;
    void openEnableTwoFactor();
    void openDisableTwoFactor();
    void openChangePassword();
    void openReport();
    void onReportQueued();
    void confirmSignOutEverywhere();
    void signOutEverywhere();

    AppServices *m_services;
    RequestFlows *m_flows;
    SecuritySettings *m_security;
    ActionStatusBar *m_status;
    PlainTextLabel *m_twoFactor;
    QPushButton *m_enable;
    QPushButton *m_disable;
    PlainTextLabel *m_password;
    QPushButton *m_changePassword;
    LinkedIdentitiesSection *m_linkedIdentities;
    PlainTextLabel *m_sessions;
    QPushButton *m_signOutEverywhere;
    QPushButton *m_report;
};

} // namespace pd
