#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;

namespace pd {

// Visits and messages per day as a bar chart, dates on the axis written the
// locale's way, in the system palette's colours. Its accessible description
// sums the figures up for screen readers. The chart is drawn by the charts
// module (widgets/BarChartFactory.h), loaded when the first one is built;
// without it, the summary is shown as text and says why.
class ActivityChart : public QWidget
{
    Q_OBJECT
public:
    struct Day {
        QDate date;
        qint64 visits = 0;
        qint64 messages = 0;
    };

    explicit ActivityChart(QWidget *parent = nullptr);

    void setDays(const QList<Day> &days);
    QList<Day> days() const { return m_days; }
    // The axis label of `date` ("25/11"): the locale's short date, no year.
    static QString axisLabel(const QDate &date);
    QStringList axisLabels() const;
    // False when the charts module is missing: the summary shows instead.
    bool hasChart() const { return m_view != nullptr; }
    // The figures in words, as screen readers get them.
    QString summary() const;
    // The module that draws the chart (core/ModuleLoader.h).
    static QString moduleName();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QWidget *m_view = nullptr;   // the module's chart
    QLabel *m_missing = nullptr; // instead of it
    QList<Day> m_days;
};

} // namespace pd
