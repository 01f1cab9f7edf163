#pragma once

#include <chrono>
#include <functional>
#include <memory>

namespace pd {

class OneShotTimer;
class TimerSource;

// Keeps the local copy fresh while someone is signed in: the next sync starts
// `interval` after the last one ended (however it ended), so a slow or failed
// sync never makes runs pile up. A zero interval turns it off.
class SyncScheduler
{
public:
    SyncScheduler(TimerSource &timers, std::chrono::milliseconds interval,
                  std::function<void()> startSync);
    ~SyncScheduler();

    // Signed in: the next sync is due after one interval.
    void start();
    // Signed out: nothing more is scheduled.
    void stop();
    // A sync ended (started here or by the user): the interval starts again.
    void syncEnded();
    bool isScheduled() const;
    std::chrono::milliseconds interval() const { return m_interval; }

private:
    void schedule();

    std::chrono::milliseconds m_interval;
    std::function<void()> m_startSync;
    std::unique_ptr<OneShotTimer> m_timer;
    bool m_running = false;
};

} // namespace pd
