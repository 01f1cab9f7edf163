#pragma once

namespace pd {

// Keeps the app's memory (access tokens, the TOTP key being enrolled, the
// user's cached data) away from other processes of the same user and off the
// disk: no core dumps (RLIMIT_CORE 0) and not dumpable (PR_SET_DUMPABLE 0:
// no ptrace attach, /proc/<pid>/mem and friends owned by root). Linux only.
//
// Applied in every build type, so that the test suite (a Debug build) checks
// what ships. Debugging still works: a debugger that starts the app stays
// attached. Debug builds honour PD_ALLOW_CORE_DUMPS=1 for crash analysis.
class ProcessHardening
{
public:
    // Call first thing in main(). False when a step failed (logged).
    static bool apply();
    // What apply() achieved, for tests.
    static bool isDumpable();
    static bool coreDumpsAllowed();
};

} // namespace pd
