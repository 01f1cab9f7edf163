#include "FirstWindowProbe.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTableView>
#include <QWindow>

#include <cstdio>
#include <ctime>

namespace pd {

FirstWindowProbe::FirstWindowProbe(QObject *parent, Until until)
    : QObject(parent)
    , m_until(until)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstWindowProbe::reached(QObject *watched, const QEvent *event) const
{
    if (m_until == Until::FirstWindow) {
        auto *window = qobject_cast<QWindow *>(watched);
        return event->type() == QEvent::Expose && window && window->isExposed();
    }
    // A table's rows are painted on its viewport, in a window that is shown.
    if (event->type() != QEvent::Paint || !watched->isWidgetType())
        return false;
    auto *viewport = static_cast<QWidget *>(watched);
    auto *table = qobject_cast<QTableView *>(viewport->parentWidget());
    return table && table->viewport() == viewport && table->model() &&
           table->model()->rowCount() > 0 && table->isVisible() &&
           qobject_cast<QMainWindow *>(table->window());
}

bool FirstWindowProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && reached(watched, event)) {
        m_done = true;
        // Queued: this event (the expose, or the paint) is handled first.
        QMetaObject::invokeMethod(
            this,
            [] {
                timespec now{};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::printf("first-frame-ns %lld\n",
                            static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
                std::fflush(stdout);
                QCoreApplication::quit();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pd
