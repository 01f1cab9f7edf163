#include "SidebarStatus.h"

#include "MainWindow.h"
#include "account/Account.h"
#include "account/Policy.h"
#include "cache/CachedDocument.h"
#include "core/AppServices.h"
#include "models/CacheSummary.h"
#include "pages/ActivityPage.h"
#include "pages/LogsPage.h"
#include "pages/MessagesPage.h"
#include "pages/PolicyPage.h"
#include "pages/RequestsPage.h"
#include "requests/RequestRepository.h"
#include "widgets/FieldFormat.h"

#include <algorithm>
#include <limits>

namespace pd {

namespace {

// For tr()'s %n, which takes an int.
int countArg(qint64 count)
{
    return int(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
}

} // namespace

SidebarStatus::SidebarStatus(AppServices *services, MainWindow *window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_summary(new CacheSummary(services->store(), services->startupGate(), this))
{
    connect(m_summary, &CacheSummary::changed, this, &SidebarStatus::showCounts);
    connect(services, &AppServices::signedIn, m_summary, &CacheSummary::refresh);
    connect(services, &AppServices::syncCategoryCompleted, m_summary, &CacheSummary::refresh);
    connect(services, &AppServices::syncFinished, m_summary, &CacheSummary::refresh);
    // Time makes a request overdue: looked at again after each sync.
    connect(services, &AppServices::syncFinished, this, &SidebarStatus::showRequests);
    // The copies go with the session.
    connect(services, &AppServices::signedOut, this, &SidebarStatus::showRequests);
    connect(services, &AppServices::signedOut, this, &SidebarStatus::showPolicy);
    if (RequestRepository *requests = services->requests()) {
        connect(requests->recentDocument(), &CachedDocument::changed, this,
                &SidebarStatus::showRequests);
        connect(requests, &RequestRepository::waitingChanged, this, &SidebarStatus::showRequests);
    }
    connect(services->account()->policy()->document(), &CachedDocument::changed, this,
            &SidebarStatus::showPolicy);
    m_summary->refresh();
    showRequests();
    showPolicy();
}

void SidebarStatus::showCounts()
{
    struct Kind {
        QString category;
        QString pageKey;
        QString (*describe)(int count);
    };
    const Kind kinds[] = {
        {QStringLiteral("visits"), ActivityPage::pageKey(),
         [](int n) { return tr("%Ln visit(s) on this computer", nullptr, n); }},
        {QStringLiteral("messages"), MessagesPage::pageKey(),
         [](int n) { return tr("%Ln message(s) on this computer", nullptr, n); }},
        {QStringLiteral("logs"), LogsPage::pageKey(),
         [](int n) { return tr("%Ln log entry(s) on this computer", nullptr, n); }},
    };
    for (const Kind &kind : kinds) {
        // Unknown (-1) or none: nothing beside the title.
        const qint64 count = m_summary->count(kind.category);
        if (count > 0)
            m_window->setPageCount(kind.pageKey, FieldFormat::number(count),
                                   kind.describe(countArg(count)));
        else
            m_window->setPageCount(kind.pageKey, {}, {});
    }
}

void SidebarStatus::showRequests()
{
    int overdue = 0;
    RequestRepository *requests = m_services->requests();
    if (requests) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const RequestRecord &record : requests->recentRecords())
            overdue += record.isOverdue(now) ? 1 : 0;
    }
    m_window->setPageAttention(RequestsPage::pageKey(),
                               overdue > 0 ? tr("%n request(s) overdue", nullptr, overdue)
                                           : QString());
}

void SidebarStatus::showPolicy()
{
    const CachedDocument *document = m_services->account()->policy()->document();
    const std::optional<PolicyVersion> policy = Policy::parse(document->object());
    QString attention;
    if (policy && !policy->acknowledged) {
        attention = policy->acknowledgedVersion.value_or(QString()).isEmpty()
                        ? tr("The privacy policy waits for you to read and acknowledge it.")
                        : tr("The privacy policy changed since you acknowledged it.");
    }
    m_window->setPageAttention(PolicyPage::pageKey(), attention);
}

} // namespace pd
