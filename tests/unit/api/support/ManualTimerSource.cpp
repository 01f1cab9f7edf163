#include "ManualTimerSource.h"

#include <algorithm>

namespace pd::test {

class ManualTimerSource::ManualTimer : public OneShotTimer
{
public:
    explicit ManualTimer(ManualTimerSource &source)
        : m_source(&source)
    {
        source.m_timers.push_back(this);
    }
    ~ManualTimer() override
    {
        if (m_source)
            std::erase(m_source->m_timers, this);
    }
    void start(std::chrono::milliseconds delay, std::function<void()> callback) override
    {
        m_deadline = m_source->m_now + delay;
        m_callback = std::move(callback);
        m_active = true;
    }
    void stop() override
    {
        m_active = false;
        m_callback = nullptr;
    }
    bool isActive() const override { return m_active; }

    ManualTimerSource *m_source;
    std::chrono::milliseconds m_deadline{0};
    std::function<void()> m_callback;
    bool m_active = false;
};

ManualTimerSource::~ManualTimerSource()
{
    for (ManualTimer *timer : m_timers)
        timer->m_source = nullptr;
}

std::unique_ptr<OneShotTimer> ManualTimerSource::createTimer()
{
    return std::make_unique<ManualTimer>(*this);
}

void ManualTimerSource::advance(std::chrono::milliseconds by)
{
    const std::chrono::milliseconds target = m_now + by;
    for (;;) {
        ManualTimer *due = nullptr;
        for (ManualTimer *timer : m_timers) {
            if (timer->m_active && timer->m_deadline <= target &&
                (!due || timer->m_deadline < due->m_deadline))
                due = timer;
        }
        if (!due)
            break;
        m_now = std::max(m_now, due->m_deadline);
        due->m_active = false;
        auto callback = std::move(due->m_callback);
        due->m_callback = nullptr;
        if (callback)
            callback();
    }
    m_now = target;
}

int ManualTimerSource::activeTimers() const
{
    return int(std::count_if(m_timers.begin(), m_timers.end(),
                             [](const ManualTimer *timer) { return timer->m_active; }));
}

std::optional<std::chrono::milliseconds> ManualTimerSource::nextDeadline() const
{
    std::optional<std::chrono::milliseconds> next;
    for (const ManualTimer *timer : m_timers) {
        if (timer->m_active && (!next || timer->m_deadline < *next))
            next = timer->m_deadline;
    }
    return next;
}

} // namespace pd::test
