#pragma once

#include "pages/DocumentPage.h"

class QPushButton;

namespace pd {

class ActionStatusBar;
class AppServices;
class Sessions;
class ReadOnlyTable;

// The devices and browsers signed in to the account (Sessions):
// device, approximate place, address, last use, how it signed in (password
// or single sign-on); this device marked. One session can be revoked, or
// every session but this one.
class DevicesPage : public DocumentPage
{
    Q_OBJECT
public:
    explicit DevicesPage(AppServices *services, QWidget *parent = nullptr);

    // Also the sidebar's entry before the page is built (PageCatalog).
    static QString pageKey() { return QStringLiteral("devices"); }
    static QString pageTitle();
    static QString pageIconName();
    QString key() const override { return pageKey(); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }

    ReadOnlyTable *table() const { return m_table; }
    // A session's `sign_in_method` as the table shows it.
    static QString signInMethodText(const QString &method);

private:
    void draw() override;
    void updateButtons();
    void confirmRevoke();
    void revoke(const QString &sessionId, const QString &device);
    void confirmRevokeOthers();
    void revokeOthers();

    AppServices *m_services;
    Sessions *m_sessions;
    ActionStatusBar *m_status;
    ReadOnlyTable *m_table;
    QPushButton *m_revoke;
    QPushButton *m_revokeOthers;
};

} // namespace pd
