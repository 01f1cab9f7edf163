#include "widgets/ActivityChart.h"

#include "core/ModuleLoader.h"
#include "widgets/BarChartFactory.h"
#include "widgets/FieldFormat.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pd {

namespace {

BarChartFactory *charts()
{
    return ModuleLoader::load<BarChartFactory>(ActivityChart::moduleName());
}

} // namespace

ActivityChart::ActivityChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Visits and messages per day"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    if (BarChartFactory *factory = charts()) {
        m_view = factory->create(this);
        // Nothing to operate with the keyboard: the figures are in the
        // accessible description.
        m_view->setFocusPolicy(Qt::NoFocus);
        m_view->setAccessibleName(tr("Visits and messages per day"));
        m_view->setMinimumHeight(fontMetrics().height() * 22);
        layout->addWidget(m_view);
    } else {
        m_missing = new QLabel(this);
        m_missing->setTextFormat(Qt::PlainText);
        m_missing->setWordWrap(true);
        layout->addWidget(m_missing);
    }
    rebuild();
}

QString ActivityChart::moduleName()
{
    return QStringLiteral("charts");
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

QString ActivityChart::summary() const
{
    if (m_days.isEmpty())
        return tr("No activity to show.");
    qint64 totalVisits = 0;
    qint64 totalMessages = 0;
    for (const Day &day : m_days) {
        totalVisits += day.visits;
        totalMessages += day.messages;
    }
    return tr("From %1 to %2: %3 visits and %4 messages.")
        .arg(FieldFormat::date(m_days.constFirst().date, QLocale::LongFormat),
             FieldFormat::date(m_days.constLast().date, QLocale::LongFormat),
             FieldFormat::number(totalVisits), FieldFormat::number(totalMessages));
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
    if (m_missing) {
        m_missing->setText(tr("The chart cannot be shown: this installation lacks its charts "
                              "module.") +
                           u'\n' + summary());
        return;
    }
    const QPalette colours = palette();
    BarChartData data;
    data.categories = axisLabels();
    data.background = colours.color(QPalette::Base);
    data.text = colours.color(QPalette::Text);
    data.line = colours.color(QPalette::Mid);
    data.grid = colours.color(QPalette::Midlight);
    data.locale = QLocale();
    BarChartData::Series visits{tr("Visits"), colours.color(QPalette::Highlight), {}};
    BarChartData::Series messages{tr("Messages"), colours.color(QPalette::Mid), {}};
    qint64 highest = 0;
    for (const Day &day : std::as_const(m_days)) {
        visits.values.append(qreal(day.visits));
        messages.values.append(qreal(day.messages));
        highest = qMax(highest, qMax(day.visits, day.messages));
    }
    data.series = {visits, messages};
    // Whole numbers only: at most about five steps of a whole size.
    const qint64 step = qMax<qint64>(1, (highest + 4) / 5);
    data.step = qreal(step);
    data.top = qreal(qMax<qint64>(step, (highest + step - 1) / step * step));
    charts()->show(m_view, data);
    m_view->setAccessibleDescription(summary());
}

} // namespace pd
