#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace pd {

// Asks before a destructive action: states its consequences and enables the
// action button only once the user typed the given word. Open it with open()
// (window-modal, no nested event loop) and act on accepted().
class TypedConfirmationDialog : public QDialog
{
    Q_OBJECT
public:
    TypedConfirmationDialog(const QString &title, const QString &consequences,
                            const QString &phrase, const QString &actionText,
                            QWidget *parent = nullptr);

    QString phrase() const { return m_phrase; }
    QLineEdit *input() const { return m_input; }
    QPushButton *actionButton() const { return m_action; }

protected:
    // For dialogs that ask for more than the word (a reason): shown after
    // the consequences and before the confirmation, in the order added.
    void insertBeforeConfirmation(QWidget *widget);
    // Names the button that backs out ("Cancel" unless a cancellation is
    // what the dialog confirms).
    void setKeepText(const QString &text);

private:
    void updateButton();

    QString m_phrase;
    QLineEdit *m_input;
    QPushButton *m_action;
    QPushButton *m_keep;
    QVBoxLayout *m_layout;
    int m_inserted = 0;
};

} // namespace pd
