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
        // Posted, so that this event (the expose, or the paint) is handled
        // first; at high priority, so that work the app deferred until after
        // its first frame (AfterFirstExpose), queued meanwhile, is not
        // counted as part of that frame.
        QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::HighEventPriority);
    }
    return QObject::eventFilter(watched, event);
}

void FirstWindowProbe::customEvent(QEvent *event)
{
    if (event->type() != QEvent::User)
        return;
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const qint64 ns = static_cast<qint64>(now.tv_sec) * 1000000000LL + now.tv_nsec;
    Q_EMIT reachedAt(ns);
    std::printf("first-frame-ns %lld\n", static_cast<long long>(ns));
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace pd
