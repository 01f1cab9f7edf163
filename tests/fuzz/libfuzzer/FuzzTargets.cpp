#include "FuzzTargets.h"

#include <cstdio>
#include <cstdlib>

namespace pd::fuzz {

void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "pd fuzz invariant broken: %s\n", what);
    std::abort();
}

} // namespace pd::fuzz
