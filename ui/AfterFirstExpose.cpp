#include "AfterFirstExpose.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace pd {

void AfterFirstExpose::run(QWidget *window, QObject *context, std::function<void()> then,
                           int fallbackMs)
{
    new AfterFirstExpose(window->windowHandle(), context, std::move(then), fallbackMs);
}

AfterFirstExpose::AfterFirstExpose(QWindow *window, QObject *context, std::function<void()> then,
                                   int fallbackMs)
    : QObject(context)
    , m_window(window)
    , m_then(std::move(then))
{
    if (window && !window->isExposed())
        window->installEventFilter(this);
    else
        fire();
    QTimer::singleShot(fallbackMs, this, &AfterFirstExpose::fire);
}

bool AfterFirstExpose::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Expose && m_window->isExposed())
        fire();
    return QObject::eventFilter(watched, event);
}

void AfterFirstExpose::fire()
{
    if (m_fired)
        return;
    m_fired = true;
    if (m_window)
        m_window->removeEventFilter(this);
    // Queued: the expose that called this paints the frame first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_then();
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace pd
