// bench_memory's measuring process: runs PROGRAM ARGS... (its standard
// output discarded), waits for it and prints "PEAK|<its peak RSS in
// KiB>|<this process's own peak>". Linux starts a child's ru_maxrss at the
// peak of the process it was spawned from, so that process must be this tiny
// one (no Qt, no libraries of ours), never the benchmark itself.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

namespace {

// VmHWM of this process in KiB, -1 when unknown.
long ownPeakKiB()
{
    std::FILE *status = std::fopen("/proc/self/status", "r");
    if (!status)
        return -1;
    char line[256];
    long peak = -1;
    while (std::fgets(line, sizeof line, status)) {
        if (std::strncmp(line, "VmHWM:", 6) == 0)
            std::sscanf(line + 6, "%ld", &peak);
    }
    std::fclose(status);
    return peak;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[1], &actions, nullptr, argv + 1, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return 1;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return 1;
    std::printf("PEAK|%ld|%ld\n", usage.ru_maxrss, ownPeakKiB());
    return 0;
}
