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

    QString key() const override { return QStringLiteral("activity"); }

    QString title() const override;
    QString iconName() const override;
};

} // namespace pd
