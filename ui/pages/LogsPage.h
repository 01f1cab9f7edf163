#pragma once

#include "TablePage.h"

namespace pd {

// The account's activity log: sign-ins, changes, requests, security events.
class LogsPage : public TablePage
{
    Q_OBJECT
public:
    explicit LogsPage(AppServices *services, QWidget *parent = nullptr);

    // Also the sidebar's entry before the page is built (PageCatalog).
    static QString pageKey() { return QStringLiteral("activity-log"); }
    static QString pageTitle();
    static QString pageIconName();
    QString key() const override { return pageKey(); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
};

} // namespace pd
