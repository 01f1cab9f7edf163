#pragma once

#include <QString>

class QTextStream;

namespace pd {

// `privacy-dashboard --diagnose URL [--ca FILE]`: runs a Diagnoser in a
// local event loop, prints its report and returns the process exit code
// (0 when everything passed, 1 otherwise).
class DiagnoseCommand
{
public:
    static int run(const QString &url, const QString &caFile, QTextStream &out);
};

} // namespace pd
