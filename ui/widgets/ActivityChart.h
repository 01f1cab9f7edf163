#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QChart;
class QChartView;

namespace pd {

// Visits and messages per day as a bar chart, dates on the axis written the
// locale's way, in the system palette's colours. Its accessible description
// sums the figures up for screen readers.
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QChartView *m_view;
    QChart *m_chart;
    QList<Day> m_days;
};

} // namespace pd
