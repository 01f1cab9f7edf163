#include "net/SystemTimerSource.h"

#include <QTimer>

namespace pd {

namespace {

class QtOneShotTimer : public OneShotTimer
{
public:
    QtOneShotTimer()
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::CoarseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            // Move the callback out first: it may restart or destroy this timer.
            auto callback = std::move(m_callback);
            m_callback = nullptr;
            if (callback)
                callback();
        });
    }

    void start(std::chrono::milliseconds delay, std::function<void()> callback) override
    {
        m_callback = std::move(callback);
        m_timer.start(delay);
    }
    void stop() override
    {
        m_timer.stop();
        m_callback = nullptr;
    }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
    std::function<void()> m_callback;
};

} // namespace

std::chrono::milliseconds SystemTimerSource::now() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

std::unique_ptr<OneShotTimer> SystemTimerSource::createTimer()
{
    return std::make_unique<QtOneShotTimer>();
}

} // namespace pd
