#pragma once

#include <QString>

class QSettings;

namespace pd {

// The app's settings, cache and outbox are the user's alone: folders the app
// makes are 0700 and its files 0600, whatever the umask (a typical 022 would
// make them readable by every local user). Unix modes; elsewhere no-ops that
// succeed.
class PrivateFiles
{
public:
    // Creates `path` and any missing parent as 0700; an existing `path` is
    // set to 0700 too (existing parents are left alone: they may be shared,
    // like ~/.config). False when a folder cannot be made or restricted.
    static bool makeFolder(const QString &path);
    // Creates `path` empty as 0600 if missing (atomically, never readable by
    // others for a moment), else restricts it to 0600.
    static bool restrictFile(const QString &path);
    // The settings file and its folder: call before the first write, so the
    // file QSettings rewrites already has the right mode (it keeps it).
    static bool protectSettings(const QSettings &settings);
    // Whether `path` is a folder of this user that nobody else may enter or
    // list (no group or other bits): what is made inside is private whatever
    // its own mode. False elsewhere than on Unix.
    static bool isPrivateFolder(const QString &path);
};

} // namespace pd
