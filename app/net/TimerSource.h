#pragma once

#include <chrono>
#include <functional>
#include <memory>

namespace pd {

// A one-shot timer made by a TimerSource. Destroying it cancels it.
class OneShotTimer
{
public:
    virtual ~OneShotTimer() = default;
    // (Re)starts the timer: `callback` runs once after `delay` unless stopped.
    virtual void start(std::chrono::milliseconds delay, std::function<void()> callback) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
};

// Where time comes from: a monotonic clock and one-shot timers. Production
// code uses SystemTimerSource; tests inject a manual source they advance
// themselves, so nothing waits real seconds (KeePassXC's replaceable clock).
class TimerSource
{
public:
    virtual ~TimerSource() = default;
    // Monotonic time; only differences are meaningful.
    virtual std::chrono::milliseconds now() const = 0;
    virtual std::unique_ptr<OneShotTimer> createTimer() = 0;
};

} // namespace pd
