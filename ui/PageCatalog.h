#pragma once

namespace pd {

class AppServices;
class MainWindow;

// The pages of the app, in sidebar order: the one place that creates them
// (each page engineer adds theirs here).
class PageCatalog
{
public:
    static void addStandardPages(MainWindow &window, AppServices &services);
};

} // namespace pd
