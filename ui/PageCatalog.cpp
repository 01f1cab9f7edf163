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

namespace pd {

void PageCatalog::addStandardPages(MainWindow &window, AppServices &services)
{
    // Sidebar order: what is held about the user first (personal, then
    // service data), then their controls, then the policy and requests.
    AppServices *s = &services;
    window.addPage(new OverviewPage(s, &window));
    window.addPage(new PersonalDataPage(s, &window));
    window.addPage(new ActivityPage(s, &window));
    window.addPage(new MessagesPage(s, &window));
    window.addPage(new LogsPage(s, &window));
    window.addPage(new CookiesPage(s, &window));
    window.addPage(new ConnectedAppsPage(s, &window));
    window.addPage(new DevicesPage(s, &window));
    window.addPage(new SecurityPage(s, &window));
    window.addPage(new DataLocationsPage(s, &window));
    window.addPage(new PolicyPage(s, &window));
    window.addPage(new RequestsPage(s, &window));
}

} // namespace pd
