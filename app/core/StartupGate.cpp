#include "core/StartupGate.h"

#include <QCoreApplication>
#include <QList>
#include <QThread>

#include <utility>

namespace pd {

namespace {

struct Waiting {
    QPointer<QObject> context;
    std::function<void()> work;
};

int holds = 0;

QList<Waiting> &waiting()
{
    static QList<Waiting> list;
    return list;
}

bool onApplicationThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return !app || QThread::currentThread() == app->thread();
}

} // namespace

StartupGate::Hold::Hold()
{
    ++holds;
}

StartupGate::Hold::~Hold()
{
    if (--holds > 0)
        return;
    // Work that asks for more while it runs finds the gate open.
    const QList<Waiting> released = std::exchange(waiting(), {});
    for (const Waiting &item : released) {
        if (item.context)
            item.work();
    }
}

bool StartupGate::isHeld()
{
    return holds > 0;
}

void StartupGate::run(QObject *context, std::function<void()> work)
{
    if (!onApplicationThread() || holds == 0) {
        work();
        return;
    }
    waiting().append({context, std::move(work)});
}

} // namespace pd
