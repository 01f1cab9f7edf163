// manifest.json of an export archive: what it accepts names safe, distinct
// files with lower-case SHA-256 hashes and sizes that are not negative.
#include "FuzzTargets.h"

#include "export/ArchiveManifest.h"
#include "export/ExportArchive.h"

#include <QSet>

namespace pd::fuzz {

void exportManifest(QByteArrayView input)
{
    QString error;
    const std::optional<ArchiveManifest> manifest =
        ArchiveManifest::parse(input.toByteArray(), &error);
    if (!manifest) {
        require(!error.isEmpty(), "a refused manifest says why");
        return;
    }
    QSet<QString> paths;
    for (const ArchiveManifest::File &file : manifest->files) {
        require(ExportArchive::isSafeEntryName(file.path), "listed names are safe");
        require(!paths.contains(file.path), "listed names are distinct");
        paths.insert(file.path);
        require(file.sizeBytes >= 0 && file.rows >= 0, "sizes and rows are not negative");
        require(file.sha256.size() == 64, "hashes are SHA-256 in hex");
        require(manifest->file(file.path) != nullptr, "every listed file is found by name");
    }
}

} // namespace pd::fuzz
