#include "core/SyncScheduler.h"

#include "net/TimerSource.h"

namespace pd {

SyncScheduler::SyncScheduler(TimerSource &timers, std::chrono::milliseconds interval,
                             std::function<void()> startSync)
    : m_interval(interval)
    , m_startSync(std::move(startSync))
    , m_timer(timers.createTimer())
{}

SyncScheduler::~SyncScheduler() = default;

void SyncScheduler::start()
{
    m_running = true;
    schedule();
}

void SyncScheduler::stop()
{
    m_running = false;
    m_timer->stop();
}

void SyncScheduler::syncEnded()
{
    schedule();
}

bool SyncScheduler::isScheduled() const
{
    return m_timer->isActive();
}

void SyncScheduler::schedule()
{
    if (!m_running || m_interval.count() <= 0)
        return;
    // A sync that is running when the timer fires is left alone (syncNow()
    // does nothing then); its end schedules the next one.
    m_timer->start(m_interval, [this] { m_startSync(); });
}

} // namespace pd
