#include "auth/IdleMonitor.h"

#include "auth/AuthLog.h"
#include "net/TimerSource.h"

#include <algorithm>
#include <cmath>

namespace pd {

using std::chrono::milliseconds;

IdleMonitor::IdleMonitor(TimerSource &timers, std::function<void()> signOut, QObject *parent)
    : QObject(parent)
    , m_timers(timers)
    , m_signOut(std::move(signOut))
    , m_timer(timers.createTimer())
{}

IdleMonitor::~IdleMonitor() = default;

void IdleMonitor::setTimeout(std::chrono::seconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::seconds(1));
    if (m_running)
        schedule();
}

void IdleMonitor::start()
{
    m_running = true;
    m_warned = false;
    m_lastActivity = m_timers.now();
    schedule();
}

void IdleMonitor::stop()
{
    m_running = false;
    m_warned = false;
    m_timer->stop();
}

void IdleMonitor::noteActivity()
{
    if (!m_running)
        return;
    // Cheap on every event: the timer re-checks when it fires.
    m_lastActivity = m_timers.now();
    if (m_warned) {
        m_warned = false;
        Q_EMIT warningCleared();
        schedule();
    }
}

void IdleMonitor::schedule()
{
    const milliseconds deadline = m_lastActivity + m_timeout;
    const milliseconds warnAt = deadline - milliseconds(kWarningBefore);
    const milliseconds now = m_timers.now();
    const milliseconds next = m_warned ? deadline : std::max(warnAt, now);
    m_timer->start(std::max(next - now, milliseconds(0)), [this] { onTimer(); });
}

void IdleMonitor::onTimer()
{
    if (!m_running)
        return;
    const milliseconds now = m_timers.now();
    const milliseconds deadline = m_lastActivity + m_timeout;
    if (now >= deadline) {
        qCInfo(lcAuth) << "idle timeout reached; signing out";
        m_running = false;
        m_warned = false;
        Q_EMIT timedOut();
        if (m_signOut)
            m_signOut();
        return;
    }
    const milliseconds left = deadline - now;
    if (!m_warned && left <= milliseconds(kWarningBefore)) {
        m_warned = true;
        Q_EMIT warning(int(std::ceil(double(left.count()) / 1000.0)));
    }
    schedule();
}

} // namespace pd
