#include "widgets/ColumnFilterCombo.h"

#include "common/DisplayText.h"

namespace pd {

ColumnFilterCombo::ColumnFilterCombo(int sourceColumn, const QString &anyText,
                                     ValueLabels::Choices known, QWidget *parent)
    : QComboBox(parent)
    , m_sourceColumn(sourceColumn)
    , m_anyText(anyText)
    , m_known(std::move(known))
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QStringList all;
    for (const auto &choice : std::as_const(m_known))
        all << choice.first;
    setAvailableValues(all);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_rebuilding)
            Q_EMIT filterChanged(m_sourceColumn, value());
    });
}

void ColumnFilterCombo::setAvailableValues(const QStringList &values)
{
    const QVariant current = value();
    m_rebuilding = true;
    clear();
    addItem(m_anyText, QVariant());
    // Known values in their natural order first, then any the app does not
    // know (a newer server), as they are.
    for (const auto &[raw, label] : std::as_const(m_known)) {
        if (values.contains(raw))
            addItem(label, raw);
    }
    for (const QString &raw : values) {
        if (!raw.isEmpty() && findData(raw) < 0)
            addItem(DisplayText::bounded(raw), raw);
    }
    int index = current.isNull() ? 0 : findData(current);
    if (index < 0) {
        // Keep a choice the data no longer holds, so the filter stays visible.
        addItem(DisplayText::bounded(ValueLabels::label(m_known, current.toString())), current);
        index = count() - 1;
    }
    setCurrentIndex(index);
    m_rebuilding = false;
}

} // namespace pd
