#include "core/ProcessHardening.h"

#include "core/CoreLog.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace pd {

bool ProcessHardening::apply()
{
#ifdef Q_OS_LINUX
#ifndef NDEBUG
    if (qEnvironmentVariableIntValue("PD_ALLOW_CORE_DUMPS") == 1) {
        qCInfo(lcCore) << "PD_ALLOW_CORE_DUMPS=1: process hardening skipped (debug build)";
        return true;
    }
#endif
    bool ok = true;
    const rlimit noCore{0, 0};
    if (::setrlimit(RLIMIT_CORE, &noCore) != 0) {
        qCWarning(lcCore) << "core dumps could not be switched off";
        ok = false;
    }
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        qCWarning(lcCore) << "the process could not be made non-dumpable";
        ok = false;
    }
    return ok;
#else
    return true;
#endif
}

bool ProcessHardening::isDumpable()
{
#ifdef Q_OS_LINUX
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
#else
    return true;
#endif
}

bool ProcessHardening::coreDumpsAllowed()
{
#ifdef Q_OS_LINUX
    rlimit limit{};
    return ::getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0;
#else
    return true;
#endif
}

} // namespace pd
