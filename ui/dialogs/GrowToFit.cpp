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
    // A window given a minimum width of its own (setMinimumWidth) no longer
    // gets its layout's minimum size: a longer translation of a button would
    // be cut.
    const QSize minimum = window->minimumSizeHint();
    QSize available(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    if (const QScreen *screen = window->screen())
        available = screen->availableGeometry().size();
    int width = qMin(qMax(window->width(), minimum.width()), available.width());
    int height = minimum.height();
    if (window->hasHeightForWidth()) {
        height = qMax(height, window->heightForWidth(width));
        // Taller than the screen (a short one, or a large scale factor): a
        // wider window wraps its texts into fewer lines instead of cutting
        // them.
        while (height > available.height() && width < available.width()) {
            width = qMin(width + width / 4, available.width());
            height = qMax(minimum.height(), window->heightForWidth(width));
        }
    }
    height = qMin(height, available.height());
    if (window->width() < width || window->height() < height)
        window->resize(width, qMax(window->height(), height));
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
