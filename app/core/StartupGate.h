#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace pd {

// Background reads the first frame does not need (a table's count, its
// filter values, the sidebar's figures) wait until the window is on screen:
// on two cores, worker threads started while the window is being built take
// the CPU it is built with. One gate, built by the composition root
// (AppServices) and given to what starts such reads. It is open unless a
// Hold on it exists, so tests, tools and every later window start their
// work at once, as before; so does whoever was given no gate (null). For
// the gate's thread; work asked for from another thread runs at once.
class StartupGate : public QObject
{
    Q_OBJECT
public:
    // Holds `gate` from its construction to its destruction, which runs the
    // work that waited (when no other Hold is left). A null or destroyed
    // gate makes it a no-op.
    class Hold
    {
    public:
        explicit Hold(StartupGate *gate);
        ~Hold();
        Q_DISABLE_COPY_MOVE(Hold)

    private:
        QPointer<StartupGate> m_gate;
    };

    explicit StartupGate(QObject *parent = nullptr);
    ~StartupGate() override;

    bool isHeld() const { return m_holds > 0; }
    // How many pieces of work wait for the gate to open.
    qsizetype waitingCount() const { return m_waiting.size(); }
    // Runs `work` now when the gate is open, else when it opens, in the
    // order asked; not at all if `context` or the gate is gone by then.
    void run(QObject *context, std::function<void()> work);
    // run() on `gate`, or at once when there is none (or it is gone).
    static void runOn(StartupGate *gate, QObject *context, std::function<void()> work);

private:
    struct Waiting {
        QPointer<QObject> context;
        std::function<void()> work;
    };
    void release();

    int m_holds = 0;
    QList<Waiting> m_waiting;
};

} // namespace pd
