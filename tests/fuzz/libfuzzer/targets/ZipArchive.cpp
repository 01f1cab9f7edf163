// An export archive the user opens (any file, not only one our server
// made): the ZIP directory checks (entry names, sizes, compression ratio,
// encryption), manifest.json, verify() and extracting and indexing every
// listed file, with the app's own limits.
#include "TableChecks.h"

#include "export/ExportArchive.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryFile>

namespace pd::fuzz {

void zipArchive(QByteArrayView input)
{
    // The archive is read from a file; one file per process, rewritten per input.
    static QTemporaryFile zip(QDir::tempPath() + QStringLiteral("/pd-fuzz-XXXXXX.zip"));
    require(zip.isOpen() || zip.open(), "the scratch ZIP can be written");
    require(zip.resize(0) && zip.seek(0) && zip.write(input.data(), input.size()) == input.size() &&
                zip.flush(),
            "the scratch ZIP can be written");

    ExportArchive archive(zip.fileName());
    if (!archive.open()) {
        // Else every input would be refused alike, and nothing fuzzed.
        require(!archive.errorDetail().startsWith(QLatin1String("no ZIP module")),
                "the ZIP module is found ($PD_MODULE_DIR)");
        require(!archive.errorString().isEmpty(), "a refused archive says why");
        return;
    }
    for (const QString &name : archive.entryNames())
        require(ExportArchive::isSafeEntryName(name), "only safe names are accepted");
    const ArchiveVerification verification = archive.verify();
    for (const QString &path : archive.files()) {
        const ArchiveManifest::File *listed = archive.manifest().file(path);
        require(listed != nullptr, "files() are the manifest's");
        QBuffer extracted;
        extracted.open(QIODevice::WriteOnly);
        QString error;
        if (archive.extract(path, extracted, &error))
            require(extracted.size() == listed->sizeBytes, "an extracted file has its listed size");
        else
            require(!error.isEmpty(), "a failed extraction says why");
        const std::unique_ptr<TabularFile> table = archive.openTable(path, &error);
        if (table)
            checkTable(*table, path.endsWith(QLatin1String(".json")),
                       path.endsWith(QLatin1String(".csv")));
    }
    (void)verification.ok();
}

} // namespace pd::fuzz
