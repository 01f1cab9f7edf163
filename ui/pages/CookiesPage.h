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

    QString key() const override { return QStringLiteral("cookies"); }

    QString title() const override;
    QString iconName() const override;

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
