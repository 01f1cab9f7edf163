#pragma once

#include "pages/Page.h"

class QPushButton;

namespace pd {

class ActionStatusBar;
class ApiError;
class AppServices;
class CachedDocument;
class FreshnessBar;
class ReadOnlyTable;

// The devices and browsers signed in to the account (GET /auth/sessions):
// device, approximate place, address, last use, how it signed in (password
// or single sign-on); this device marked. One session can be revoked, or
// every session but this one.
class DevicesPage : public Page
{
    Q_OBJECT
public:
    explicit DevicesPage(AppServices *services, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("devices"); }

    QString title() const override;
    QString iconName() const override;
    void activate() override;

    ReadOnlyTable *table() const { return m_table; }
    // A session's `sign_in_method` as the table shows it.
    static QString signInMethodText(const QString &method);

private:
    void render();
    void onRefreshFailed(const ApiError &error);
    void updateButtons();
    void confirmRevoke();
    void revoke(const QString &sessionId, const QString &device);
    void confirmRevokeOthers();
    void revokeOthers();

    AppServices *m_services;
    CachedDocument *m_document;
    FreshnessBar *m_freshness;
    ActionStatusBar *m_status;
    ReadOnlyTable *m_table;
    QPushButton *m_revoke;
    QPushButton *m_revokeOthers;
};

} // namespace pd
