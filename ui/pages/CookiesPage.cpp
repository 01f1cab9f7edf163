#include "pages/CookiesPage.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "cache/CachedDocument.h"
#include "core/AppServices.h"
#include "widgets/ActionStatusBar.h"
#include "widgets/CookieConsentList.h"
#include "widgets/FreshnessBar.h"
#include "widgets/NoticeBanner.h"

#include <QJsonArray>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace pd {

CookiesPage::CookiesPage(AppServices *services, QWidget *parent)
    : DocumentPage(tr("Loading your cookies and identifiers…"), parent)
    , m_services(services)
    , m_document(new CachedDocument(services->documents(), QStringLiteral("cookies"),
                                    ApiRequest::get(QStringLiteral("/cookies")), this))
{
    bind(m_document);
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
    auto *scroll = new QScrollArea(content);
    scroll->setWidget(m_list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Cookies and identifiers"));

    contentLayout()->addWidget(scroll, 1);

    connect(m_list, &CookieConsentList::consentToggled, this, &CookiesPage::saveConsent);
}

QString CookiesPage::title() const
{
    return tr("Cookies");
}

QString CookiesPage::iconName() const
{
    return QStringLiteral("preferences-web-browser-cookies");
}

void CookiesPage::draw()
{
    const QJsonValue items = m_document->object().value(QLatin1String("items"));
    if (!items.isArray()) {
        showError(tr("The server sent a list of cookies this app cannot read."));
        return;
    }
    m_list->setCookies(items.toArray());
    if (items.toArray().isEmpty())
        showEmpty(tr("No cookies or identifiers are recorded for your account."));
    else
        showContent();
}

QString CookiesPage::nameOf(const QString &id) const
{
    const QJsonArray items = m_document->object().value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QLatin1String("id")).toString() == id)
            return item.toObject().value(QLatin1String("name")).toString();
    }
    return id;
}

void CookiesPage::saveConsent(const QString &id, bool granted)
{
    const QString name = nameOf(id);
    ApiClient *api = m_services->api();
    if (!api) {
        m_list->setConsent(id, !granted);
        m_status->finish(NoticeBanner::Kind::Error,
                         tr("Not connected to a server: your choice was not saved."));
        return;
    }
    m_list->setPending(id, true);
    ApiJob *job = api->send(ApiRequest::put(
        QStringLiteral("/cookies/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) +
            QStringLiteral("/consent"),
        QJsonDocument(QJsonObject{{QStringLiteral("granted"), granted}})));
    m_status->start(granted ? tr("Allowing %1…").arg(name) : tr("Turning off %1…").arg(name), job);
    connect(job, &ApiJob::finished, this, [this, id, name, granted](const ApiResult &result) {
        m_list->setPending(id, false);
        if (!result.ok()) {
            m_list->setConsent(id, !granted);
            m_status->finish(
                NoticeBanner::Kind::Error,
                tr("Your choice for %1 was not saved: %2").arg(name, result.error->userMessage()));
            return;
        }
        // The answer is the changed cookie: put it into the cached list.
        QJsonObject document = m_document->object();
        QJsonArray items = document.value(QLatin1String("items")).toArray();
        const QJsonObject changed = result.json.object();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).toObject().value(QLatin1String("id")).toString() == id)
                items[i] = changed.isEmpty() ? items.at(i) : changed;
        }
        document.insert(QStringLiteral("items"), items);
        m_document->store(QJsonDocument(document));
        const bool now = changed.value(QLatin1String("consent")).toBool(granted);
        m_status->finish(NoticeBanner::Kind::Information,
                         now ? tr("%1 is now allowed.").arg(name)
                             : tr("%1 is now turned off.").arg(name));
    });
}

} // namespace pd
