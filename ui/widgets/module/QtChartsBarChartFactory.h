#pragma once

#include "widgets/BarChartFactory.h"

#include <QObject>

namespace pd {

// The chart module: BarChartFactory on QtCharts. Built as a plugin of its
// own (pd_charts), never linked into the app.
class QtChartsBarChartFactory : public QObject, public BarChartFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PD_BAR_CHART_FACTORY_IID)
    Q_INTERFACES(pd::BarChartFactory)
public:
    QWidget *create(QWidget *parent) override;
    void show(QWidget *chart, const BarChartData &data) override;
};

} // namespace pd
