#pragma once

namespace pd::server {

// OpenSSL keeps an error queue and a random generator per thread and frees
// them from a thread-exit destructor; by default it also frees everything,
// and deletes the key of those destructors, from an atexit handler. Qt runs
// its threads detached: QThread::wait() (an io loop's, a QThreadPool's)
// returns before the thread's thread-exit destructors have run. So when the
// server returns from main(), an io loop's thread can still be tearing down
// while OpenSSL's atexit cleanup runs: that thread's state is then never
// freed (LeakSanitizer saw it now and then) or freed beside the cleanup.
// Keeping OpenSSL until the process ends removes the race; the kernel takes
// back the memory of a process that ends anyway.
class OpenSslLifetime
{
public:
    // Must run before anything else uses OpenSSL (first thing in main()).
    // Returns false if OpenSSL could not be initialised.
    static bool keepUntilExit();
};

} // namespace pd::server
