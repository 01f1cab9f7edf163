#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace pd::server {

// A secret the server keeps in its data folder: read if the file exists,
// else made once and written owner-only, so restarts agree with what earlier
// runs handed out.
class SecretFile
{
public:
    // The file's content, or `make()`'s result written to it. Empty (and
    // *error) if it can be neither read nor written.
    static QByteArray loadOrCreate(const QString &path, const std::function<QByteArray()> &make,
                                   QString *error);
};

} // namespace pd::server
