#pragma once

#include "widgets/ValueLabels.h"

#include <QComboBox>
#include <QStringList>

namespace pd {

// "Any device / Desktop / Mobile / ...": narrows a table to rows whose column
// equals the chosen value. Offers the values the data holds, by their
// translated names.
class ColumnFilterCombo : public QComboBox
{
    Q_OBJECT
public:
    // `anyText` is the first entry ("Any device"); `known` names the values.
    ColumnFilterCombo(int sourceColumn, const QString &anyText, ValueLabels::Choices known,
                      QWidget *parent = nullptr);

    int sourceColumn() const { return m_sourceColumn; }
    // The raw value chosen; null for "any".
    QVariant value() const { return currentData(); }
    // Offers exactly `values` (as stored), keeping the current choice.
    void setAvailableValues(const QStringList &values);

Q_SIGNALS:
    void filterChanged(int sourceColumn, const QVariant &value);

private:
    int m_sourceColumn;
    QString m_anyText;
    ValueLabels::Choices m_known;
    bool m_rebuilding = false;
};

} // namespace pd
