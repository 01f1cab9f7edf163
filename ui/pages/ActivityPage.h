#pragma once

#include "TablePage.h"

namespace pd {

// Website visits the platform recorded: when, how long, from where, with
// which browser and device, which page, where from and where to next.
class ActivityPage : public TablePage
{
    Q_OBJECT
public:
    explicit ActivityPage(AppServices *services, QWidget *parent = nullptr);

    // Also the sidebar's entry before the page is built (PageCatalog).
    static QString pageKey() { return QStringLiteral("activity"); }
    static QString pageTitle();
    static QString pageIconName();
    QString key() const override { return pageKey(); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
};

} // namespace pd
