#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace pd {

// Asks before a request is cancelled: states the consequences, asks why (the
// reason is optional and kept with the request), and enables the action
// only once the user typed the confirmation word, as every irreversible
// action does (TypedConfirmationDialog). Open it with open() and act on
// accepted().
class CancelRequestDialog : public QDialog
{
    Q_OBJECT
public:
    CancelRequestDialog(const QString &consequences, QWidget *parent = nullptr);

    // The reason as typed, trimmed; empty when none was given.
    QString reason() const;
    QString phrase() const { return m_phrase; }
    QLineEdit *reasonInput() const { return m_reason; }
    QLineEdit *input() const { return m_input; }
    QPushButton *actionButton() const { return m_action; }

private:
    void updateButton();

    QString m_phrase;
    QLineEdit *m_reason;
    QLineEdit *m_input;
    QPushButton *m_action;
};

} // namespace pd
