#pragma once

#include <QCoreApplication>

namespace pd {

class AppServices;
class MainWindow;
class RequestFlows;

// The pages of the app, in sidebar order, and the rights-request flows they
// start: the one place that registers them (each is built when first shown)
// and wires them to each other.
class PageCatalog
{
    Q_DECLARE_TR_FUNCTIONS(pd::PageCatalog)

public:
    // Returns the flows (owned by `window`).
    static RequestFlows *addStandardPages(MainWindow &window, AppServices &services);
};

} // namespace pd
