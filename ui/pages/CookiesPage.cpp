#include "pages/CookiesPage.h"

#include "account/Account.h"
#include "account/Cookies.h"
#include "account/ServerAction.h"
#include "common/DisplayText.h"
#include "core/AppServices.h"
#include "widgets/ActionStatusBar.h"
#include "widgets/CookieConsentList.h"
#include "widgets/FreshnessBar.h"
#include "widgets/NoticeBanner.h"

#include <QVBoxLayout>

namespace pd {

CookiesPage::CookiesPage(AppServices *services, QWidget *parent)
    : DocumentPage(tr("Loading your cookies and identifiers…"), parent)
    , m_cookies(services->account()->cookies())
{
    bind(m_cookies->document());
    QWidget *content = body();
    // The privacy policy's own warning, before any box can be unticked.
    auto *warning = new NoticeBanner(
        NoticeBanner::Kind::Warning,
        tr("Cookies may be required to use most of the Products and Services. Turning cookies "
           "off may result in the loss of functionality, restrict your use of the Website, "
           "Products and Services, or delay or affect the way in which they operate."),
        content);
    contentLayout()->addWidget(warning);
    m_status = addStatusBar();
    m_list = new CookieConsentList;
    addScrolled(m_list, tr("Cookies and identifiers"),
                tr("Each cookie and identifier the provider uses, with your consent to it"));

    connect(m_list, &CookieConsentList::consentToggled, this, &CookiesPage::saveConsent);
}

QString CookiesPage::pageTitle()
{
    return tr("Cookies");
}

QString CookiesPage::pageIconName()
{
    return QStringLiteral("preferences-web-browser-cookies");
}

void CookiesPage::draw()
{
    const std::optional<QList<Cookie>> cookies = m_cookies->list();
    if (!cookies) {
        showError(tr("The server sent a list of cookies this app cannot read."));
        return;
    }
    m_list->setCookies(*cookies);
    if (cookies->isEmpty())
        showEmpty(tr("No cookies or identifiers are recorded for your account."));
    else
        showContent();
}

std::optional<Cookie> CookiesPage::find(const QString &id) const
{
    for (const Cookie &cookie : m_cookies->list().value_or(QList<Cookie>())) {
        if (cookie.id == id)
            return cookie;
    }
    return std::nullopt;
}

void CookiesPage::saveConsent(const QString &id, bool granted)
{
    const std::optional<Cookie> cookie = find(id);
    const QString name = DisplayText::bounded(cookie ? cookie->name : id);
    ServerAction *job = m_cookies->setConsent(id, granted);
    if (!job) {
        m_list->setConsent(id, !granted);
        m_status->finish(NoticeBanner::Kind::Error,
                         tr("Not connected to a server: your choice was not saved."));
        return;
    }
    m_list->setPending(id, true);
    m_status->start(granted ? tr("Allowing %1…").arg(name) : tr("Turning off %1…").arg(name), job);
    connect(job, &ServerAction::finished, this, [this, id, name, granted](const ApiResult &result) {
        m_list->setPending(id, false);
        if (!result.ok()) {
            m_list->setConsent(id, !granted);
            m_status->finish(
                NoticeBanner::Kind::Error,
                tr("Your choice for %1 was not saved: %2").arg(name, result.error->userMessage()));
            return;
        }
        // Cookies put the changed cookie into the cached list already.
        const std::optional<Cookie> changed = find(id);
        const bool now = changed ? changed->consent : granted;
        m_status->finish(NoticeBanner::Kind::Information,
                         now ? tr("%1 is now allowed.").arg(name)
                             : tr("%1 is now turned off.").arg(name));
    });
}

} // namespace pd
