#pragma once

class QProcess;

namespace pd {

// Makes the child that `process` starts next end with the process that
// starts it, however that one ends (SIGKILL, a crash, Qt Test's watchdog
// calling abort()): on Linux the kernel sends the child SIGKILL when its
// parent goes. SIGKILL, not SIGTERM: a SIGTERM that arrived before the
// child's event loop ran would be lost. Elsewhere it does nothing.
void dieWithParent(QProcess &process);

} // namespace pd
