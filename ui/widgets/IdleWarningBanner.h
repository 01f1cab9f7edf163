#pragma once

#include <QDeadlineTimer>
#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace pd {

// The strip at the top of the main window that counts down to the automatic
// sign-out after inactivity, with a button to stay signed in.
class IdleWarningBanner : public QFrame
{
    Q_OBJECT
public:
    explicit IdleWarningBanner(QWidget *parent = nullptr);

    void showWarning(int secondsLeft);
    void dismiss();
    QString text() const;

Q_SIGNALS:
    void staySignedInRequested();

private:
    void updateText();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_stay;
    QTimer m_tick;
    QDeadlineTimer m_deadline;
};

} // namespace pd
