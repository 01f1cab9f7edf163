#include "PageCatalog.h"

#include "MainWindow.h"
#include "SidebarStatus.h"
#include "core/AppServices.h"
#include "pages/ActivityPage.h"
#include "pages/ConnectedAppsPage.h"
#include "pages/CookiesPage.h"
#include "pages/DataLocationsPage.h"
#include "pages/DevicesPage.h"
#include "pages/LogsPage.h"
#include "pages/MessagesPage.h"
#include "pages/OverviewPage.h"
#include "pages/PersonalDataPage.h"
#include "pages/PolicyPage.h"
#include "pages/RequestsPage.h"
#include "pages/SecurityPage.h"
#include "requests/RequestFlows.h"

#include <QMenu>
#include <QMenuBar>

namespace pd {

namespace {

template <class P>
PageEntry entry(std::function<Page *(QWidget *)> build,
                PageEntry::Group group = PageEntry::Group::WhatIsHeld)
{
    return {P::pageKey(), P::pageTitle(), P::pageIconName(), std::move(build), group};
}

// A page that needs nothing but the services.
template <class P>
PageEntry plain(AppServices *services, PageEntry::Group group = PageEntry::Group::WhatIsHeld)
{
    return entry<P>([services](QWidget *parent) { return new P(services, parent); }, group);
}

} // namespace

RequestFlows *PageCatalog::addStandardPages(MainWindow &window, AppServices &services)
{
    // Sidebar order: what is held about the user first (personal, then
    // service data, then where it lives), then their controls: security,
    // the policy and requests.
    // Each page is built when it is first shown; what it is wired to is
    // wired then.
    AppServices *s = &services;
    MainWindow *w = &window;
    auto *flows = new RequestFlows(s, &window);
    window.addPage(entry<OverviewPage>([s, w](QWidget *parent) {
        auto *page = new OverviewPage(s, parent);
        // Its policy notice and its open requests lead to the pages that
        // say more.
        QObject::connect(page, &OverviewPage::policyReviewRequested, w,
                         [w] { w->showPage(PolicyPage::pageKey()); });
        QObject::connect(page, &OverviewPage::requestsRequested, w,
                         [w] { w->showPage(RequestsPage::pageKey()); });
        return page;
    }));
    window.addPage(entry<PersonalDataPage>([s, flows](QWidget *parent) {
        auto *page = new PersonalDataPage(s, parent);
        QObject::connect(page, &PersonalDataPage::requestFlowRequested, flows,
                         [flows](const QString &type) { flows->start(type); });
        return page;
    }));
    window.addPage(plain<ActivityPage>(s));
    window.addPage(plain<MessagesPage>(s));
    window.addPage(plain<LogsPage>(s));
    window.addPage(plain<CookiesPage>(s));
    window.addPage(plain<ConnectedAppsPage>(s));
    window.addPage(plain<DevicesPage>(s));
    window.addPage(entry<DataLocationsPage>([s, flows](QWidget *parent) {
        auto *page = new DataLocationsPage(s, parent);
        QObject::connect(page, &DataLocationsPage::objectionRequested, flows,
                         [flows](const ObjectionTarget &target) { flows->objectTo(target); });
        return page;
    }));
    const auto controls = PageEntry::Group::YourControls;
    window.addPage(entry<SecurityPage>(
        [s, flows](QWidget *parent) { return new SecurityPage(s, flows, parent); }, controls));
    window.addPage(plain<PolicyPage>(s, controls));
    window.addPage(entry<RequestsPage>(
        [s, flows](QWidget *parent) {
            auto *page = new RequestsPage(s, parent);
            QObject::connect(page, &RequestsPage::downloadRequested, flows,
                             &RequestFlows::downloadArchive);
            return page;
        },
        controls));
    // Counts and badges beside the titles, before any page is built.
    new SidebarStatus(s, w);

    // A filed request is shown where it can be followed to its end.
    QObject::connect(flows, &RequestFlows::requestQueued, w, [w] {
        w->showPage(RequestsPage::pageKey());
        if (auto *requests = qobject_cast<RequestsPage *>(w->page(RequestsPage::pageKey())))
            requests->reload();
    });

    // The same flows from the menu bar, before Help, for keyboard users.
    auto *menu = new QMenu(tr("&Requests"), &window);
    menu->setObjectName(QStringLiteral("requestsMenu"));
    for (const QString &type : flows->types()) {
        QAction *action = menu->addAction(RequestFlows::actionText(type));
        action->setStatusTip(RequestFlows::explanation(type));
        action->setObjectName(QStringLiteral("request-") + type);
        QObject::connect(action, &QAction::triggered, flows, [flows, type] { flows->start(type); });
    }
    // Reading a downloaded archive needs no account nor network.
    menu->addSeparator();
    QAction *openArchive = menu->addAction(tr("Open export &archive…"));
    openArchive->setStatusTip(tr("Check and browse an export archive saved on this computer."));
    openArchive->setObjectName(QStringLiteral("openExportArchive"));
    QObject::connect(openArchive, &QAction::triggered, flows, [flows] { flows->chooseArchive(); });
    const QList<QAction *> menus = window.menuBar()->actions();
    window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    return flows;
}

} // namespace pd
