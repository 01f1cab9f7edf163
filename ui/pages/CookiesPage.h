#pragma once

#include "account/Cookies.h"
#include "pages/DocumentPage.h"

namespace pd {

class ActionStatusBar;
class AppServices;
class CookieConsentList;

// The cookies and identifiers set for the account (Cookies) with their
// purpose and category, and a consent box for each that is not strictly
// necessary. The policy's warning that turning
// cookies off may cost functionality stands above the list.
class CookiesPage : public DocumentPage
{
    Q_OBJECT
public:
    explicit CookiesPage(AppServices *services, QWidget *parent = nullptr);

    // Also the sidebar's entry before the page is built (PageCatalog).
    static QString pageKey() { return QStringLiteral("cookies"); }
    static QString pageTitle();
    static QString pageIconName();
    QString key() const override { return pageKey(); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }

    CookieConsentList *list() const { return m_list; }

private:
    void draw() override;
    void saveConsent(const QString &id, bool granted);
    std::optional<Cookie> find(const QString &id) const;

    Cookies *m_cookies;
    ActionStatusBar *m_status;
    CookieConsentList *m_list;
};

} // namespace pd
