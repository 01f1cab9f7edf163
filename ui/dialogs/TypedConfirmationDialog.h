#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

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

private:
    void updateButton();

    QString m_phrase;
    QLineEdit *m_input;
    QPushButton *m_action;
};

} // namespace pd
