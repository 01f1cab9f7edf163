#pragma once

#include "net/TimerSource.h"

#include <QDateTime>

#include <algorithm>
#include <memory>
#include <vector>

// A TimerSource whose time only moves when the test says so.
class ManualTimerSource : public pd::TimerSource
{
public:
    std::chrono::milliseconds now() const override { return m_now; }
    std::unique_ptr<pd::OneShotTimer> createTimer() override
    {
        return std::make_unique<Timer>(this);
    }

    // A wall clock that moves with this source, for Outbox.
    QDateTime wallNow() const { return m_epoch.addMSecs(m_now.count()); }

    // Moves time forward, firing every timer that comes due on the way, in
    // deadline order (callbacks may start timers again).
    void advance(std::chrono::milliseconds by)
    {
        const auto target = m_now + by;
        for (;;) {
            Timer *next = nullptr;
            for (Timer *timer : m_timers) {
                if (timer->active && timer->deadline <= target &&
                    (!next || timer->deadline < next->deadline))
                    next = timer;
            }
            if (!next)
                break;
            m_now = std::max(m_now, next->deadline);
            next->active = false;
            auto callback = std::move(next->callback);
            next->callback = nullptr;
            if (callback)
                callback();
        }
        m_now = target;
    }
    // When the earliest active timer fires; -1 ms when none is active.
    std::chrono::milliseconds nextDeadline() const
    {
        std::chrono::milliseconds best{-1};
        for (const Timer *timer : m_timers) {
            if (timer->active && (best.count() < 0 || timer->deadline < best))
                best = timer->deadline;
        }
        return best;
    }

private:
    struct Timer : pd::OneShotTimer {
        explicit Timer(ManualTimerSource *source)
            : source(source)
        {
            source->m_timers.push_back(this);
        }
        ~Timer() override { std::erase(source->m_timers, this); }
        void start(std::chrono::milliseconds delay, std::function<void()> cb) override
        {
            deadline = source->m_now + delay;
            callback = std::move(cb);
            active = true;
        }
        void stop() override
        {
            active = false;
            callback = nullptr;
        }
        bool isActive() const override { return active; }

        ManualTimerSource *source;
        std::chrono::milliseconds deadline{0};
        std::function<void()> callback;
        bool active = false;
    };

    std::chrono::milliseconds m_now{0};
    QDateTime m_epoch = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
    std::vector<Timer *> m_timers;
};
