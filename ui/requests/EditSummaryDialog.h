#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QPushButton;
class QTreeWidget;

namespace pd {

// The last step of a profile correction: exactly what changes, before and
// after, which the user confirms (accept) or goes back to the form (reject).
class EditSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    struct Row {
        QString field;
        QString before;
        QString after;
    };

    // `note` (may be empty) is shown below the table, e.g. that a changed
    // email must be verified again.
    EditSummaryDialog(const QList<Row> &rows, const QString &note, QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }
    QPushButton *confirmButton() const { return m_confirm; }
    // "Field: before → after" per row, for tests and screen readers.
    QStringList lines() const;

private:
    QTreeWidget *m_table;
    QPushButton *m_confirm;
};

} // namespace pd
