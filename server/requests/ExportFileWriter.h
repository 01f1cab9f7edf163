#pragma once

#include "ExportCategories.h"
#include "ExportRowReader.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

class QuaZip;

namespace pd::server {

class Database;

// What manifest.json says about one file of the archive.
struct ExportFileEntry {
    QString path;
    QString sha256; // of the uncompressed content, lower-case hex
    qint64 sizeBytes = 0;
    qint64 rows = 0;
};

// Writes one category as `<name>.json` (an array of flat records) or
// `<name>.csv` (RFC 4180: header row, CRLF, UTF-8) into an open archive,
// row by row, hashing and counting as it goes.
class ExportFileWriter
{
public:
    enum class Format { Json, Csv };

    // Throws std::runtime_error when the archive cannot be written; calls
    // `pace` between batches of rows.
    static ExportFileEntry write(QuaZip &zip, const Database &db, const ExportCategory &category,
                                 const QString &accountId, Format format,
                                 const ExportPace &pace = {});
    // Writes a small file given whole (the manifest).
    static void writeWhole(QuaZip &zip, const QString &path, const QByteArray &content);

    static QByteArray csvField(const QString &text);
    static QJsonValue jsonValue(ExportColumnKind kind, const QVariant &value);
    static QString csvText(ExportColumnKind kind, const QVariant &value);
    // `text` with a leading ' if a spreadsheet would take it for a formula.
    static QString formulaSafe(const QString &text);
    // What the manifest says about formulaSafe() (`csv_formula_escape`).
    static constexpr const char *kFormulaEscapeNote =
        "CSV cells whose text began with =, +, -, @, a tab or a carriage return start with an "
        "added ' so that spreadsheets show them as text instead of running them as formulas.";
};

} // namespace pd::server
