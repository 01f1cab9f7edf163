#include "dialogs/GrowToFit.h"

#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace pd {

GrowToFit::GrowToFit(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

void GrowToFit::install(QWidget *window)
{
    window->installEventFilter(new GrowToFit(window));
}

void GrowToFit::fit(QWidget *window)
{
    if (!window || !window->isVisible() || window->isMaximized() || window->isFullScreen())
        return;
    if (QLayout *layout = window->layout())
        layout->activate();
    int needed = window->minimumSizeHint().height();
    if (window->hasHeightForWidth())
        needed = qMax(needed, window->heightForWidth(window->width()));
    if (const QScreen *screen = window->screen())
        needed = qMin(needed, screen->availableGeometry().height());
    if (window->height() < needed)
        window->resize(window->width(), needed);
}

bool GrowToFit::eventFilter(QObject *watched, QEvent *event)
{
    // A child's text or visibility changed: its layout asks the window to
    // lay out again. Fitted once that is done.
    if (watched == m_window && event->type() == QEvent::LayoutRequest && !m_pending) {
        m_pending = true;
        QTimer::singleShot(0, this, [this] {
            m_pending = false;
            fit(m_window);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pd
