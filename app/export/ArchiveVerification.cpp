#include "export/ArchiveVerification.h"

namespace pd {

QStringList ArchiveVerification::paths(Issue::Kind kind) const
{
    QStringList result;
    for (const Issue &issue : issues) {
        if (issue.kind == kind)
            result.append(issue.path);
    }
    return result;
}

QString ArchiveVerification::summary() const
{
    if (ok())
        return tr("All %n file(s) match the archive's manifest.", nullptr, int(verified.size()));
    QStringList lines;
    const QStringList tampered = paths(Issue::Kind::Tampered);
    const QStringList missing = paths(Issue::Kind::Missing);
    const QStringList extra = paths(Issue::Kind::Extra);
    const QString separator = QStringLiteral(", ");
    if (!tampered.isEmpty())
        lines << tr("Changed or damaged since the export was made: %1.")
                     .arg(tampered.join(separator));
    if (!missing.isEmpty())
        lines << tr("Listed in the manifest but missing: %1.").arg(missing.join(separator));
    if (!extra.isEmpty())
        lines << tr("Not part of the export: %1.").arg(extra.join(separator));
    return lines.join(QLatin1Char('\n'));
}

} // namespace pd
