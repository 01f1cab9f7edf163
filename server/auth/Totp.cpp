#include "Totp.h"

namespace pd {
} // namespace pd
