#pragma once

#include <QPalette>
#include <QString>

namespace pd {

// The window colors: the desktop's own (light or dark as the system is set),
// or one forced by the user or by `--theme` for screenshots.
class Theme
{
public:
    enum class Mode { System, Light, Dark };

    // Applies `mode` to the whole application; System restores the palette
    // the platform gave the app at start.
    static void apply(Mode mode);
    static Mode current();

    static QPalette lightPalette();
    static QPalette darkPalette();

    // "system", "light", "dark" (settings and command line); unknown text
    // reads as System.
    static Mode fromName(const QString &name);
    static QString name(Mode mode);
};

} // namespace pd
