#pragma once

#include <QString>

namespace pd {

// Where the app puts files it must read from disk rather than memory (a table
// extracted from an export archive): a 0700 folder inside the data folder,
// not the shared temporary folder, where other local users could read the
// personal data and where a crash would leave it behind. Whatever a crash or
// a session left there is removed at start and at sign-out.
class ScratchFolder
{
public:
    explicit ScratchFolder(QString path);

    const QString &path() const { return m_path; }
    // Creates the folder as 0700 and removes any leftovers; false when it
    // cannot be made private.
    bool prepare();
    // Removes everything in the folder (files still open elsewhere vanish
    // from the folder; their data goes when the last handle closes).
    void clear();

private:
    QString m_path;
};

} // namespace pd
