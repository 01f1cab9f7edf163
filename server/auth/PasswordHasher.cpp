#include "PasswordHasher.h"

namespace pd {

QString PasswordHasher::hash(const QString &) { return {}; }
bool PasswordHasher::verify(const QString &, const QString &) { return false; }

} // namespace pd
