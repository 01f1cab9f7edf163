#include "widgets/ActivityChart.h"

#include "widgets/FieldFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QValueAxis>

namespace pd {

ActivityChart::ActivityChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setLocalizeNumbers(true); // axis figures through QLocale
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setChart(m_chart); // the view owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    // Nothing to operate with the keyboard: the figures are in the
    // accessible description.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->viewport()->setFocusPolicy(Qt::NoFocus);
    m_view->setAccessibleName(tr("Visits and messages per day"));
    m_view->setMinimumHeight(fontMetrics().height() * 22);
    setAccessibleName(tr("Visits and messages per day"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_view);
    rebuild();
}

QString ActivityChart::axisLabel(const QDate &date)
{
    // The locale's short date without its year: "11/25", "25/11", "25.11".
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    static const QRegularExpression year(QStringLiteral("[^dM]*y+[^dM]*"));
    format.remove(year);
    if (format.isEmpty())
        format = QStringLiteral("d/M");
    return QLocale().toString(date, format);
}

QStringList ActivityChart::axisLabels() const
{
    QStringList labels;
    for (const Day &day : m_days)
        labels << axisLabel(day.date);
    return labels;
}

void ActivityChart::setDays(const QList<Day> &days)
{
    m_days = days;
    rebuild();
}

void ActivityChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange)
        rebuild();
}

void ActivityChart::rebuild()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> oldAxes = m_chart->axes();
    for (QAbstractAxis *axis : oldAxes) {
        m_chart->removeAxis(axis);
        delete axis;
    }

    const QPalette colours = palette();
    m_chart->setLocale(QLocale());
    m_chart->setBackgroundBrush(colours.brush(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->legend()->setLabelColor(colours.color(QPalette::Text));

    auto *visits = new QBarSet(tr("Visits"));
    auto *messages = new QBarSet(tr("Messages"));
    visits->setColor(colours.color(QPalette::Highlight));
    visits->setBorderColor(colours.color(QPalette::Highlight));
    messages->setColor(colours.color(QPalette::Mid));
    messages->setBorderColor(colours.color(QPalette::Mid));
    qint64 highest = 0;
    qint64 totalVisits = 0;
    qint64 totalMessages = 0;
    for (const Day &day : std::as_const(m_days)) {
        visits->append(qreal(day.visits));
        messages->append(qreal(day.messages));
        highest = qMax(highest, qMax(day.visits, day.messages));
        totalVisits += day.visits;
        totalMessages += day.messages;
    }
    auto *series = new QBarSeries;
    series->append(visits);
    series->append(messages);
    m_chart->addSeries(series);

    auto *dates = new QBarCategoryAxis;
    dates->append(axisLabels());
    dates->setLabelsAngle(-90);
    // Whole numbers only: at most about five steps of a whole size.
    const qint64 step = qMax<qint64>(1, (highest + 4) / 5);
    const qint64 top = qMax<qint64>(step, (highest + step - 1) / step * step);
    auto *counts = new QValueAxis;
    counts->setRange(0, qreal(top));
    counts->setTickType(QValueAxis::TicksDynamic);
    counts->setTickAnchor(0);
    counts->setTickInterval(qreal(step));
    counts->setLabelFormat(QStringLiteral("%.0f"));
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(dates), static_cast<QAbstractAxis *>(counts)}) {
        axis->setLabelsBrush(colours.brush(QPalette::Text));
        axis->setLinePenColor(colours.color(QPalette::Mid));
        axis->setGridLineColor(colours.color(QPalette::Midlight));
    }
    m_chart->addAxis(dates, Qt::AlignBottom);
    m_chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(dates);
    series->attachAxis(counts);

    if (m_days.isEmpty()) {
        m_view->setAccessibleDescription(tr("No activity to show."));
    } else {
        m_view->setAccessibleDescription(
            tr("From %1 to %2: %3 visits and %4 messages.")
                .arg(FieldFormat::date(m_days.constFirst().date, QLocale::LongFormat),
                     FieldFormat::date(m_days.constLast().date, QLocale::LongFormat),
                     FieldFormat::number(totalVisits), FieldFormat::number(totalMessages)));
    }
}

} // namespace pd
