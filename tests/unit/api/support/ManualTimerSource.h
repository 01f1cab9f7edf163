#pragma once

#include "net/TimerSource.h"

#include <optional>
#include <vector>

namespace pd::test {

// A TimerSource whose time moves only when the test calls advance(): due
// timers fire in deadline order, each seeing now() equal to its deadline.
class ManualTimerSource : public TimerSource
{
public:
    ManualTimerSource() = default;
    ~ManualTimerSource() override;

    std::chrono::milliseconds now() const override { return m_now; }
    std::unique_ptr<OneShotTimer> createTimer() override;

    void advance(std::chrono::milliseconds by);
    int activeTimers() const;
    std::optional<std::chrono::milliseconds> nextDeadline() const;

private:
    class ManualTimer;
    std::vector<ManualTimer *> m_timers;
    std::chrono::milliseconds m_now{1000000};
};

} // namespace pd::test
