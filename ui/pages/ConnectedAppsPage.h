#pragma once

#include "pages/DocumentPage.h"

class QPushButton;

namespace pd {

class ActionStatusBar;
class AppServices;
class ConnectedApps;
class PlainTextLabel;
class ReadOnlyTable;

// The products the user authorized through Google OAuth (ConnectedApps):
// client, scopes, when granted and last used, with Revoke, and the server's
// Google API Services "Limited Use" statement.
class ConnectedAppsPage : public DocumentPage
{
    Q_OBJECT
public:
    explicit ConnectedAppsPage(AppServices *services, QWidget *parent = nullptr);

    // Also the sidebar's entry before the page is built (PageCatalog).
    static QString pageKey() { return QStringLiteral("connected-apps"); }
    static QString pageTitle();
    static QString pageIconName();
    QString key() const override { return pageKey(); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }

    ReadOnlyTable *table() const { return m_table; }
    PlainTextLabel *limitedUseLabel() const { return m_limitedUse; }

private:
    void draw() override;
    void updateButtons();
    void confirmRevoke();
    void revoke(const QString &id, const QString &client);

    ConnectedApps *m_apps;
    ActionStatusBar *m_status;
    ReadOnlyTable *m_table;
    PlainTextLabel *m_emptyList;
    QPushButton *m_revoke;
    PlainTextLabel *m_limitedUse;
};

} // namespace pd
