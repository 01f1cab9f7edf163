#include "DieWithParent.h"

#include <QProcess>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace pd {

void dieWithParent([[maybe_unused]] QProcess &process)
{
#ifdef Q_OS_LINUX
    // Runs in the child between fork and exec: async-signal-safe calls only.
    process.setChildProcessModifier([parent = ::getpid()] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        // The parent died before prctl() took effect: no signal would come.
        if (::getppid() != parent)
            ::_exit(1);
    });
#endif
}

} // namespace pd
