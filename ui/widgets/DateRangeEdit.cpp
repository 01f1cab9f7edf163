#include "widgets/DateRangeEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

namespace pd {

namespace {

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    // The locale's short format, with a four-digit year (two digits are
    // ambiguous in an editor).
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    edit->setDisplayFormat(format);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setDate(QDate::currentDate());
    return edit;
}

} // namespace

DateRangeEdit::DateRangeEdit(QWidget *parent)
    : QWidget(parent)
    , m_presets(new QComboBox(this))
    , m_from(dateEdit(this))
    , m_to(dateEdit(this))
    , m_settle(new QTimer(this))
{
    m_presets->addItem(tr("All time"), QVariant::fromValue(Preset::AllTime));
    m_presets->addItem(tr("Last 7 days"), QVariant::fromValue(Preset::Last7Days));
    m_presets->addItem(tr("Last 30 days"), QVariant::fromValue(Preset::Last30Days));
    m_presets->addItem(tr("Last 12 months"), QVariant::fromValue(Preset::Last12Months));
    m_presets->addItem(tr("Custom range"), QVariant::fromValue(Preset::Custom));
    m_presets->setAccessibleName(tr("Time period"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    // The editor inside a date edit takes the focus itself; screen readers
    // announce it, so it carries the same name.
    for (QDateEdit *edit : {m_from, m_to}) {
        if (auto *inner = edit->findChild<QLineEdit *>())
            inner->setAccessibleName(edit->accessibleName());
    }

    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_presets);
    auto *fromLabel = new QLabel(tr("Fr&om:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(periodLabel);
    layout->addWidget(m_presets);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    setTabOrder(m_presets, m_from);
    setTabOrder(m_from, m_to);
    setFocusProxy(m_presets);

    // Typing a date changes it digit by digit: report it once it settles.
    m_settle->setSingleShot(true);
    m_settle->setInterval(300);
    connect(m_settle, &QTimer::timeout, this, &DateRangeEdit::emitChanged);
    connect(m_presets, &QComboBox::currentIndexChanged, this, &DateRangeEdit::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, &DateRangeEdit::onDateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DateRangeEdit::onDateEdited);
    applyPreset();
}

DateRangeEdit::Preset DateRangeEdit::preset() const
{
    return m_presets->currentData().value<Preset>();
}

void DateRangeEdit::setPreset(Preset preset)
{
    m_presets->setCurrentIndex(m_presets->findData(QVariant::fromValue(preset)));
}

void DateRangeEdit::setRange(const QDate &first, const QDate &last)
{
    m_updating = true;
    setPreset(Preset::Custom);
    showDates(true);
    m_from->setDate(first);
    m_to->setDate(last);
    m_updating = false;
    emitChanged();
}

QDateTime DateRangeEdit::from() const
{
    if (preset() == Preset::AllTime)
        return {};
    return m_from->date().startOfDay();
}

QDateTime DateRangeEdit::until() const
{
    if (preset() == Preset::AllTime)
        return {};
    return m_to->date().addDays(1).startOfDay();
}

void DateRangeEdit::applyPreset()
{
    if (m_updating)
        return;
    const QDate today = QDate::currentDate();
    const bool allTime = preset() == Preset::AllTime;
    QDate first = m_from->date();
    QDate last = today;
    switch (preset()) {
    case Preset::AllTime:
        first = last = m_from->minimumDate();
        break;
    case Preset::Custom:
        // Coming from "All time" the fields held no date: a month to start from.
        if (m_from->specialValueText().isEmpty())
            last = m_to->date();
        else
            first = today.addDays(-29);
        break;
    case Preset::Last7Days:
        first = today.addDays(-6);
        break;
    case Preset::Last30Days:
        first = today.addDays(-29);
        break;
    case Preset::Last12Months:
        first = today.addYears(-1).addDays(1);
        break;
    }
    m_updating = true;
    showDates(!allTime);
    m_from->setDate(first);
    m_to->setDate(last);
    m_updating = false;
    emitChanged();
}

void DateRangeEdit::showDates(bool shown)
{
    // Dates beside "All time" would contradict it: the fields show no date
    // and cannot be edited until another period is chosen.
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setSpecialValueText(shown ? QString() : QStringLiteral("—"));
        edit->setEnabled(shown);
    }
}

void DateRangeEdit::onDateEdited()
{
    if (m_updating)
        return;
    if (m_to->date() < m_from->date()) {
        // Keep the range the right way round: move the other end along.
        m_updating = true;
        if (sender() == m_from)
            m_to->setDate(m_from->date());
        else
            m_from->setDate(m_to->date());
        m_updating = false;
    }
    if (preset() != Preset::Custom) {
        m_updating = true;
        setPreset(Preset::Custom); // applyPreset() leaves the dates as they are
        m_updating = false;
    }
    m_settle->start();
}

void DateRangeEdit::emitChanged()
{
    m_settle->stop();
    Q_EMIT rangeChanged(from(), until());
}

} // namespace pd
