#include "InteractiveWork.h"

#include <QDeadlineTimer>
#include <QMutexLocker>

namespace pd::server {

void InteractiveWork::begin()
{
    const QMutexLocker lock(&m_mutex);
    ++m_inFlight;
}

void InteractiveWork::end()
{
    const QMutexLocker lock(&m_mutex);
    if (--m_inFlight == 0 && m_waiting > 0)
        m_idle.wakeAll();
}

int InteractiveWork::inFlight() const
{
    const QMutexLocker lock(&m_mutex);
    return m_inFlight;
}

bool InteractiveWork::waitWhileBusy(int maxMs) const
{
    QMutexLocker lock(&m_mutex);
    if (m_inFlight == 0)
        return false;
    const QDeadlineTimer deadline(maxMs);
    ++m_waiting;
    while (m_inFlight > 0 && !deadline.hasExpired())
        m_idle.wait(&m_mutex, deadline);
    --m_waiting;
    return true;
}

int InteractiveWork::waiting() const
{
    const QMutexLocker lock(&m_mutex);
    return m_waiting;
}

} // namespace pd::server
