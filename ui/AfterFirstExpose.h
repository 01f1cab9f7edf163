#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;
class QWindow;

namespace pd {

// Runs a function once a shown window is first on screen (its first expose,
// which paints its first frame), so that start-up work the first frame does
// not need comes after it. A window that is never exposed (started
// minimized, a platform without exposes) does not hold it up for longer than
// `fallbackMs`. Lives as a child of `context`: the function does not run if
// the context is gone.
class AfterFirstExpose : public QObject
{
    Q_OBJECT
public:
    static void run(QWidget *window, QObject *context, std::function<void()> then,
                    int fallbackMs = 1000);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstExpose(QWindow *window, QObject *context, std::function<void()> then, int fallbackMs);
    void fire();

    QPointer<QWindow> m_window;
    std::function<void()> m_then;
    bool m_fired = false;
};

} // namespace pd
