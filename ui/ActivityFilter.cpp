#include "ActivityFilter.h"

#include <QEvent>

namespace pd {

ActivityFilter::ActivityFilter(std::function<void()> onActivity, QObject *parent)
    : QObject(parent)
    , m_onActivity(std::move(onActivity))
{}

bool ActivityFilter::isUserInput(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

bool ActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    // Input also passes the QWindow and every parent widget: noting it more
    // than once is harmless (a time stamp), so no de-duplication is needed.
    if (isUserInput(event) && watched->isWidgetType() && m_onActivity)
        m_onActivity();
    return QObject::eventFilter(watched, event);
}

} // namespace pd
