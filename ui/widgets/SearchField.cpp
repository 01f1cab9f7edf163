#include "widgets/SearchField.h"

#include <QKeyEvent>
#include <QTimer>

namespace pd {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_debounce(new QTimer(this))
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Search"));
    setAccessibleName(tr("Search"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchField::apply);
    connect(this, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    // The clear button and setText() change the text without textEdited.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            apply();
    });
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchField::apply()
{
    m_debounce->stop();
    const QString current = text().trimmed();
    if (current == m_applied)
        return;
    m_applied = current;
    Q_EMIT searchChanged(current);
}

} // namespace pd
