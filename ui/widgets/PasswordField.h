#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace pd {

// A password entry with a "Show" toggle beside it (a real button, so it is
// reachable by Tab and announced by screen readers).
class PasswordField : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordField(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QString text() const;
    void clear();
    void setRevealed(bool revealed);

private:
    QLineEdit *m_edit;
    QToolButton *m_toggle;
};

} // namespace pd
