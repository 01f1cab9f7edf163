#pragma once

#include <QString>

namespace pd {

// Text for a terminal that may carry what a server sent (its name, the
// subjects of its certificates, its error messages): control characters
// other than newline and tab (ESC starts sequences that can retitle the
// window, rewrite the screen or, on some terminals, write files), C1
// controls, and the bidirectional overrides that can make text read other
// than it is are shown as visible escapes instead.
class TerminalText
{
public:
    static QString sanitize(const QString &text);
};

} // namespace pd
