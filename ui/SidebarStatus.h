#pragma once

#include <QObject>

namespace pd {

class AppServices;
class CacheSummary;
class MainWindow;

// Keeps the sidebar's counts and attention badges up to date from what the
// core already knows, without building any page: how many visits, messages
// and log entries the local copy holds, overdue requests, and a privacy
// policy the user has not acknowledged.
class SidebarStatus : public QObject
{
    Q_OBJECT
public:
    // A child of `window`, whose sidebar it writes to.
    SidebarStatus(AppServices *services, MainWindow *window);

private:
    void showCounts();
    void showRequests();
    void showPolicy();

    AppServices *m_services;
    MainWindow *m_window;
    CacheSummary *m_summary;
};

} // namespace pd
