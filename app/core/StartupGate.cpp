#include "core/StartupGate.h"

#include <QThread>

#include <utility>

namespace pd {

StartupGate::Hold::Hold(StartupGate *gate)
    : m_gate(gate)
{
    if (m_gate)
        ++m_gate->m_holds;
}

StartupGate::Hold::~Hold()
{
    if (m_gate)
        m_gate->release();
}

StartupGate::StartupGate(QObject *parent)
    : QObject(parent)
{}

// What still waits is dropped: the objects it was for go with the gate's
// owner.
StartupGate::~StartupGate() = default;

void StartupGate::release()
{
    if (--m_holds > 0)
        return;
    // Work that asks for more while it runs finds the gate open.
    const QList<Waiting> released = std::exchange(m_waiting, {});
    for (const Waiting &item : released) {
        if (item.context)
            item.work();
    }
}

void StartupGate::run(QObject *context, std::function<void()> work)
{
    if (m_holds == 0 || QThread::currentThread() != thread()) {
        work();
        return;
    }
    m_waiting.append({context, std::move(work)});
}

void StartupGate::runOn(StartupGate *gate, QObject *context, std::function<void()> work)
{
    if (gate)
        gate->run(context, std::move(work));
    else
        work();
}

} // namespace pd
