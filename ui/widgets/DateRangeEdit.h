#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QTimer;

namespace pd {

// A date range picker: quick presets (all time, last 7 / 30 days, last 12
// months) and two date fields with calendar pop-ups for a custom range. Dates
// are whole local days; until() is the start of the day after the last one.
// The fields always show the period chosen: none for "All time".
class DateRangeEdit : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { AllTime, Last7Days, Last30Days, Last12Months, Custom };
    Q_ENUM(Preset)

    explicit DateRangeEdit(QWidget *parent = nullptr);

    Preset preset() const;
    void setPreset(Preset preset);
    void setRange(const QDate &first, const QDate &last);
    // Invalid when the range is open on that side.
    QDateTime from() const;
    QDateTime until() const;

    QComboBox *presetBox() const { return m_presets; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    void rangeChanged(const QDateTime &from, const QDateTime &until);

private:
    void applyPreset();
    // Whether the fields show the range's dates (not for "All time").
    void showDates(bool shown);
    void onDateEdited();
    void emitChanged();

    QComboBox *m_presets;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTimer *m_settle;
    bool m_updating = false;
};

} // namespace pd
