#pragma once

#include <QColor>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QtPlugin>

class QWidget;

namespace pd {

// What a bar chart shows: a bar per series in each category, in the
// colours and locale given (the module knows nothing of the app's theme).
struct BarChartData {
    struct Series {
        QString name;
        QColor colour;
        QList<qreal> values; // one per category
    };
    QStringList categories;
    QList<Series> series;
    qreal top = 1;  // the value axis runs from 0 to top,
    qreal step = 1; // with a tick every step
    QColor background;
    QColor text;
    QColor line;
    QColor grid;
    QLocale locale;
};

// The chart module's interface: QtCharts behind a Qt plugin (module
// "charts", see core/ModuleLoader.h), so that the app loads QtCharts and
// the OpenGL libraries it pulls in only when a chart is first shown.
class BarChartFactory
{
public:
    virtual ~BarChartFactory() = default;
    // A new, empty chart widget owned by `parent`.
    virtual QWidget *create(QWidget *parent) = 0;
    // Draws `data` in `chart`, a widget create() made.
    virtual void show(QWidget *chart, const BarChartData &data) = 0;
};

} // namespace pd

#define PD_BAR_CHART_FACTORY_IID "org.privacydashboard.BarChartFactory/1.0"
Q_DECLARE_INTERFACE(pd::BarChartFactory, PD_BAR_CHART_FACTORY_IID)
