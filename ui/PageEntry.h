#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace pd {

class Page;

// A page's place in the main window's sidebar before the page exists:
// building the pages was most of the cost of a start, and a start shows one
// of them. The window builds a page with `build` the first time it is shown
// or asked for (MainWindow::page()).
struct PageEntry {
    // The sidebar's two groups, in its order.
    enum class Group { WhatIsHeld, YourControls };

    QString key;      // as the built page's Page::key()
    QString title;    // as its Page::title()
    QString iconName; // as its Page::iconName()
    // Returns the page, a child of `parent`.
    std::function<Page *(QWidget *parent)> build;
    Group group = Group::WhatIsHeld;
};

} // namespace pd
