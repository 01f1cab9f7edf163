#pragma once

#include <QMutex>
#include <QWaitCondition>

namespace pd::server {

// Counts the interactive work in flight (list pages queued or being read),
// so that background work can step aside for it: with 100 connections on two
// cores, an export's build took CPU from the pages whatever its nice value
// (and on PostgreSQL its queries run in a backend at the usual priority).
// Thread-safe.
class InteractiveWork
{
public:
    void begin();
    void end();
    int inFlight() const;

    // Waits while interactive work is in flight, at most `maxMs`; at once
    // when there is none. True when it waited. For a background thread
    // between two steps of its work, holding no lock or transaction.
    bool waitWhileBusy(int maxMs) const;
    // How many threads wait in waitWhileBusy() now.
    int waiting() const;

    // begin() now, end() when it goes.
    class Scope
    {
    public:
        explicit Scope(InteractiveWork &work)
            : m_work(work)
        {
            m_work.begin();
        }
        ~Scope() { m_work.end(); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        InteractiveWork &m_work;
    };

private:
    mutable QMutex m_mutex;
    mutable QWaitCondition m_idle;
    int m_inFlight = 0;
    mutable int m_waiting = 0;
};

} // namespace pd::server
