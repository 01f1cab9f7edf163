#include "QtChartsBarChartFactory.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QValueAxis>

namespace pd {

QWidget *QtChartsBarChartFactory::create(QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // axis figures through QLocale
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Given to the constructor, not setChart(): a default-constructed view makes
    // a chart of its own, and setChart() releases it without deleting it.
    auto *view = new QChartView(chart, parent); // the view owns the chart
    view->setRenderHint(QPainter::Antialiasing);
    view->viewport()->setFocusPolicy(Qt::NoFocus);
    return view;
}

void QtChartsBarChartFactory::show(QWidget *widget, const BarChartData &data)
{
    auto *view = qobject_cast<QChartView *>(widget);
    if (!view)
        return;
    QChart *chart = view->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> oldAxes = chart->axes();
    for (QAbstractAxis *axis : oldAxes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setLocale(data.locale);
    chart->setBackgroundBrush(data.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->legend()->setLabelColor(data.text);

    auto *series = new QBarSeries;
    for (const BarChartData::Series &each : data.series) {
        auto *bars = new QBarSet(each.name);
        bars->setColor(each.colour);
        bars->setBorderColor(each.colour);
        for (const qreal value : each.values)
            bars->append(value);
        series->append(bars);
    }
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(data.categories);
    categories->setLabelsAngle(-90);
    auto *values = new QValueAxis;
    values->setRange(0, data.top);
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(data.step);
    values->setLabelFormat(QStringLiteral("%.0f"));
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(categories), static_cast<QAbstractAxis *>(values)}) {
        axis->setLabelsBrush(data.text);
        axis->setLinePenColor(data.line);
        axis->setGridLineColor(data.grid);
    }
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
}

} // namespace pd
