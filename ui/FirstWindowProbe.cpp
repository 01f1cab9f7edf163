#include "FirstWindowProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWindow>

namespace pd {

FirstWindowProbe::FirstWindowProbe(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstWindowProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Expose) {
        auto *window = qobject_cast<QWindow *>(watched);
        if (window && window->isExposed()) {
            m_done = true;
            // After this event: the window gets its first paint.
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                      Qt::QueuedConnection);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pd
