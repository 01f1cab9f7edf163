#include "PageCatalog.h"

#include "MainWindow.h"
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

RequestFlows *PageCatalog::addStandardPages(MainWindow &window, AppServices &services)
{
    // Sidebar order: what is held about the user first (personal, then
    // service data), then their controls, then the policy and requests.
    AppServices *s = &services;
    auto *flows = new RequestFlows(s, &window);
    auto *personal = new PersonalDataPage(s, &window);
    auto *requests = new RequestsPage(s, &window);
    window.addPage(new OverviewPage(s, &window));
    window.addPage(personal);
    window.addPage(new ActivityPage(s, &window));
    window.addPage(new MessagesPage(s, &window));
    window.addPage(new LogsPage(s, &window));
    window.addPage(new CookiesPage(s, &window));
    window.addPage(new ConnectedAppsPage(s, &window));
    window.addPage(new DevicesPage(s, &window));
    window.addPage(new SecurityPage(s, flows, &window));
    window.addPage(new DataLocationsPage(s, &window));
    window.addPage(new PolicyPage(s, &window));
    window.addPage(requests);

    QObject::connect(personal, &PersonalDataPage::requestFlowRequested, flows,
                     [flows](const QString &type) { flows->start(type); });
    // A filed request is shown where it can be followed to its end.
    QObject::connect(flows, &RequestFlows::requestQueued, requests, [&window, requests] {
        window.showPage(requests);
        requests->reload();
    });
    QObject::connect(requests, &RequestsPage::downloadRequested, flows,
                     &RequestFlows::downloadArchive);

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
