#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace pd {

// Background reads the first frame does not need (a table's count, its
// filter values, the sidebar's figures) wait until the window is on screen:
// on two cores, worker threads started while the window is being built take
// the CPU it is built with. The gate is open unless a Hold exists, so tests,
// tools and every later window start their work at once, as before. For the
// thread the application lives on; work asked for from another thread runs
// at once.
class StartupGate
{
public:
    // Holds the gate from its construction to its destruction, which runs
    // the work that waited (when no other Hold is left).
    class Hold
    {
    public:
        Hold();
        ~Hold();
        Q_DISABLE_COPY_MOVE(Hold)
    };

    static bool isHeld();
    // Runs `work` now when the gate is open, else when it opens, in the
    // order asked; not at all if `context` is gone by then.
    static void run(QObject *context, std::function<void()> work);
};

} // namespace pd
