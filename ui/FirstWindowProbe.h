#pragma once

#include <QObject>

namespace pd {

// For the start-up benchmark (--quit-when-shown): quits the application as
// soon as its first window is on screen, so that a process's run time is its
// cold start.
class FirstWindowProbe : public QObject
{
    Q_OBJECT
public:
    explicit FirstWindowProbe(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};

} // namespace pd
