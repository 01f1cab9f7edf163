#pragma once

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

namespace pd {

class OneShotTimer;
class TimerSource;

// Signs the user out after a period without activity (default 15 minutes),
// warning one minute before. The UI reports activity through noteActivity();
// time comes from the injected TimerSource, so tests advance it by hand.
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds kDefaultTimeout{15 * 60};
    static constexpr std::chrono::seconds kWarningBefore{60};

    // `signOut` runs once when the idle time is reached (e.g. AuthService::signOut).
    IdleMonitor(TimerSource &timers, std::function<void()> signOut, QObject *parent = nullptr);
    ~IdleMonitor() override;

    void setTimeout(std::chrono::seconds timeout);
    std::chrono::seconds timeout() const { return m_timeout; }
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Starts watching (on sign-in); activity counts from now.
    void start();
    // Stops watching (on sign-out).
    void stop();
    // Any user input: restarts the idle period and clears a pending warning.
    void noteActivity();

Q_SIGNALS:
    // The session ends in `secondsLeft` seconds unless there is activity.
    void warning(int secondsLeft);
    // Activity after a warning: the session goes on.
    void warningCleared();
    void timedOut();

private:
    void schedule();
    void onTimer();

    TimerSource &m_timers;
    std::function<void()> m_signOut;
    std::unique_ptr<OneShotTimer> m_timer;
    std::chrono::seconds m_timeout = kDefaultTimeout;
    std::chrono::milliseconds m_lastActivity{0};
    bool m_running = false;
    bool m_warned = false;
};

} // namespace pd
