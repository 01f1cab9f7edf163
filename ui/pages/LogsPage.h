#pragma once

#include "TablePage.h"

namespace pd {

// The account's activity log: sign-ins, changes, requests, security events.
class LogsPage : public TablePage
{
    Q_OBJECT
public:
    explicit LogsPage(AppServices *services, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("activity-log"); }

    QString title() const override;
    QString iconName() const override;
};

} // namespace pd
