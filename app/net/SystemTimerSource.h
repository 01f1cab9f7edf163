#pragma once

#include "net/TimerSource.h"

namespace pd {

// TimerSource on std::chrono::steady_clock and QTimer (runs in the thread
// that starts each timer, which needs an event loop).
class SystemTimerSource : public TimerSource
{
public:
    std::chrono::milliseconds now() const override;
    std::unique_ptr<OneShotTimer> createTimer() override;
};

} // namespace pd
